package backpropgrader.lms;

import backpropgrader.kernel.PlainFiles;
import backpropgrader.kernel.TextDecoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Blackboard attempt, read through its info file {@code <Assignment>_<username>_attempt_<YYYY-MM-DD-HH-MM-SS>.txt}.
 * The word "attempt" and the labels inside are localised, so nothing relies on them: the person is the first
 * line ending in {@code (username)} ("Name: Ada Lovelace (alovelace)"), and a stored file is any "label: value"
 * line whose value names a file beside the info file, its original name the value on the line before
 * ("Original filename: …" then "Filename: …"). Files beside it that start with the info file's name and "_"
 * but are not listed still belong to the attempt.
 *
 * @param files original name → stored file name, in the order listed
 */
record BlackboardInfo(String username, String name, String attempt, Map<String, String> files) {

    private static final Pattern INFO = Pattern.compile("(.+)_(\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2})\\.txt");
    private static final Pattern PERSON = Pattern.compile("\\s*[^:]+:\\s*(.*?)\\s*\\(([^()\\s]+)\\)\\s*");
    private static final Pattern LABELLED = Pattern.compile("\\s*[^:]+:\\s*(.*?)\\s*");

    /** Whether {@code fileName} looks like an attempt's info file (the contents decide). */
    static boolean looksLikeInfo(String fileName) {
        return INFO.matcher(fileName).matches();
    }

    /** The attempt described by {@code info}, whose neighbours (same folder) are {@code siblings}; empty if it is none. */
    static Optional<BlackboardInfo> read(Path info, Set<String> siblings) throws IOException {
        Matcher f = INFO.matcher(info.getFileName().toString());
        if (!f.matches()) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = TextDecoder.decode(PlainFiles.read(info), "an attempt's info text").text()
                    .replace("\uFEFF", "").lines().toList();
        } catch (TextDecoder.NotTextException | IOException e) {
            // binary data, a link or pipe (never followed), a file that cannot be read: not an info file; it is
            // then read as a hand-in, which says what is wrong with it
            return Optional.empty();
        }
        String username = null;
        String name = "";
        for (String line : lines) {
            Matcher p = PERSON.matcher(line);
            if (p.matches()) {
                name = p.group(1);
                username = p.group(2);
                break;
            }
        }
        if (username == null) {
            return Optional.empty();
        }
        String stem = info.getFileName().toString().replaceAll("\\.txt$", "");
        Map<String, String> files = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            Matcher l = LABELLED.matcher(line);
            String value = l.matches() ? l.group(1) : null;
            if (value != null && siblings.contains(value) && !files.containsValue(value)) {
                String before = values.isEmpty() ? null : values.get(values.size() - 1);
                boolean named = before != null && !before.isEmpty() && !siblings.contains(before);
                files.put(named ? before : strip(value, stem), value);
            }
            values.add(value == null ? "" : value);
        }
        for (String s : siblings.stream().sorted().toList()) {
            if (s.startsWith(stem + "_") && !files.containsValue(s)) {
                files.put(strip(s, stem), s);
            }
        }
        return Optional.of(new BlackboardInfo(username, name, f.group(2), files));
    }

    private static String strip(String stored, String stem) {
        return stored.startsWith(stem + "_") ? stored.substring(stem.length() + 1) : stored;
    }
}
