package backpropgrader.lms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises which LMS laid out a download and reads every file's name the way that LMS writes it: Blackboard when
 * an attempt info file is found, else Moodle when a path part has Moodle's {@code _<id>_assignsubmission_}
 * form, else Canvas when at least half the files have Canvas's name form, else a plain folder. Files that do not
 * fit the LMS found pass through under their own name, with a note.
 */
final class DownloadLayout {

    /** The files, read; the LMS; notes for the instructor. */
    record Read(Lms lms, List<DownloadedFile> files, List<String> notes) {
    }

    private DownloadLayout() {
    }

    static Read read(Path root, List<String> entries) throws IOException {
        List<DownloadedFile> blackboard = blackboard(root, entries);
        if (!blackboard.isEmpty()) {
            return withRest(Lms.BLACKBOARD, root, entries, blackboard);
        }
        List<DownloadedFile> moodle = parsed(root, entries, Lms.MOODLE);
        if (!moodle.isEmpty()) {
            return withRest(Lms.MOODLE, root, entries, moodle);
        }
        List<DownloadedFile> canvas = parsed(root, entries, Lms.CANVAS);
        if (!canvas.isEmpty() && 2 * canvas.size() >= entries.size()) {
            return withRest(Lms.CANVAS, root, entries, canvas);
        }
        return withRest(Lms.NONE, root, entries, List.of());
    }

    private static List<DownloadedFile> parsed(Path root, List<String> entries, Lms lms) {
        List<DownloadedFile> files = new ArrayList<>();
        for (String e : entries) {
            Optional<DownloadedFile> f = lms == Lms.MOODLE ? MoodleNames.parse(root.resolve(e), e)
                    : CanvasNames.parse(root.resolve(e), e);
            f.ifPresent(files::add);
        }
        return files;
    }

    /** Every attempt info file's files (or the info file itself when the attempt has none). */
    private static List<DownloadedFile> blackboard(Path root, List<String> entries) throws IOException {
        Map<String, Set<String>> byFolder = new HashMap<>();
        for (String e : entries) {
            byFolder.computeIfAbsent(folderOf(e), k -> new HashSet<>()).add(nameOf(e));
        }
        List<DownloadedFile> files = new ArrayList<>();
        for (String e : entries) {
            if (!BlackboardInfo.looksLikeInfo(nameOf(e)) || !Files.isRegularFile(root.resolve(e))) {
                continue; // (a damaged info file was not unpacked: its attempt is read as plain files)
            }
            Optional<BlackboardInfo> info = BlackboardInfo.read(root.resolve(e), byFolder.get(folderOf(e)));
            if (info.isEmpty()) {
                continue;
            }
            BlackboardInfo i = info.get();
            Map<String, String> ids = Map.of(LmsIds.BLACKBOARD_USERNAME, i.username());
            if (i.files().isEmpty()) {
                files.add(new DownloadedFile(root.resolve(e), e, Lms.BLACKBOARD, i.username(), i.name(), nameOf(e),
                        i.attempt(), false, LmsSubmission.INFO_TEXT, ids));
            }
            i.files().forEach((original, stored) -> {
                String entry = folderOf(e) + stored;
                files.add(new DownloadedFile(root.resolve(entry), entry, Lms.BLACKBOARD, i.username(), i.name(),
                        original, i.attempt(), false, LmsSubmission.FILE, ids));
            });
        }
        // The info files themselves belong to the layout too (they are not passed through).
        return files;
    }

    private static Read withRest(Lms lms, Path root, List<String> entries, List<DownloadedFile> parsed) {
        Set<String> used = new HashSet<>();
        parsed.forEach(f -> used.add(f.entry()));
        if (lms == Lms.BLACKBOARD) {
            entries.stream().filter(e -> BlackboardInfo.looksLikeInfo(nameOf(e))).forEach(used::add);
        }
        List<DownloadedFile> files = new ArrayList<>(parsed);
        List<String> notes = new ArrayList<>();
        for (String e : entries) {
            if (!used.contains(e)) {
                String name = nameOf(e);
                String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                files.add(new DownloadedFile(root.resolve(e), e, Lms.NONE, stem, "", name, "", false,
                        LmsSubmission.FILE, new LinkedHashMap<>()));
                if (lms != Lms.NONE) {
                    notes.add(e + ": not named the way " + lms.id() + " names files; read as a plain file whose name"
                            + " is the student id.");
                }
            }
        }
        files.sort(java.util.Comparator.comparing(DownloadedFile::entry));
        return new Read(lms, files, notes);
    }

    static String nameOf(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }

    static String folderOf(String entry) {
        return entry.substring(0, entry.lastIndexOf('/') + 1);
    }
}
