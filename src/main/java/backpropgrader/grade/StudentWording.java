package backpropgrader.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one student's messages read on their own page ({@link StudentResult#wording}): each place a file of theirs
 * was read from becomes the name they gave the file (a path of the instructor's, or above the submissions
 * folder, never reaches them), and a message that quotes a reader's own words is replaced whole by its plain
 * version. The instructor's messages (results.json, the report) stay as they were written.
 *
 * <p>Order of use: name the student's files ({@link #file}), say what plain words stand for which message
 * ({@link #says}), then {@link #apply} it to their result.
 */
final class StudentWording {

    /** Where a file was read from → the name the student gave it. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> plain = new HashMap<>();

    StudentWording file(String source, String name) {
        names.put(source, name != null ? name : source.substring(source.replace('\\', '/').lastIndexOf('/') + 1));
        return this;
    }

    StudentWording says(String message, String words) {
        plain.put(message, words);
        return this;
    }

    /** The name the student gave the file read from {@code source}. */
    String name(String source) {
        return names.getOrDefault(source, source);
    }

    /** The result, its error and warnings worded for the student (longest paths replaced first: none left half). */
    StudentResult apply(StudentResult r) {
        List<String> sources = names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<String> messages = new ArrayList<>(r.warnings());
        if (r.error() != null) {
            messages.add(r.error());
        }
        Map<String, String> out = new HashMap<>();
        for (String m : messages) {
            String w = plain.get(m);
            if (w == null) {
                w = m;
                for (String source : sources) {
                    w = w.replace(source, names.get(source));
                }
            }
            if (!w.equals(m)) {
                out.put(m, w);
            }
        }
        return out.isEmpty() ? r : r.withWording(out);
    }
}
