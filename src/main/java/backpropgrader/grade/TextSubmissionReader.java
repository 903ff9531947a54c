package backpropgrader.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text submission (DESIGN.md §5), as a student fills in the template in any editor:
 * <pre>
 * # comments start with #
 * student = s1234
 * [lecture-example-1]
 * z[1]_1 = 1.25
 * dJ/dw[2]_1,1 = −1,744
 * </pre>
 * {@code student} (or {@code id}) and {@code variant} (the sheet's variant code) may be given above the first
 * header. A key given twice counts with its later
 * value, with a warning. A line that is none of these makes the file unreadable, so that no answer is lost
 * silently.
 */
final class TextSubmissionReader {

    private TextSubmissionReader() {
    }

    static Submission read(String text, String source, String fileName) throws UnreadableSubmissionException {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        String student = null;
        String variant = null;
        String exercise = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String l = withoutComment(lines[i]).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]") && l.indexOf('=') < 0) {
                exercise = l.substring(1, l.length() - 1).strip();
                if (exercise.isEmpty()) {
                    throw UnreadableSubmissionException.at(source, "line " + line, "an exercise id between [ ]",
                            "'" + l + "'");
                }
                answers.computeIfAbsent(exercise, e -> new LinkedHashMap<>());
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw UnreadableSubmissionException.at(source, "line " + line,
                        "'key = value', an [exercise-id] header or a # comment", "'" + l + "'");
            }
            String key = l.substring(0, eq).strip();
            String value = l.substring(eq + 1).strip();
            if (exercise == null) {
                if (key.equals("student") || key.equals("id")) {
                    student = value.isEmpty() ? null : value;
                    continue;
                }
                if (key.equals("variant")) {
                    variant = value.isEmpty() ? null : value;
                    continue;
                }
                throw UnreadableSubmissionException.at(source, "line " + line,
                        "an [exercise-id] header before the first answer", "'" + l + "'");
            }
            Integer before = lineOf.put(exercise + "\u0000" + key, line);
            if (before != null) {
                warnings.add(source + ": line " + line + ": " + key + " in [" + exercise + "] is answered again"
                        + " (first on line " + before + "); the later value counts.");
            }
            answers.get(exercise).put(key, value);
        }
        return new Submission(source, fileName, student, answers, warnings, variant);
    }

    /** The line without a # comment (no number or key contains #). */
    private static String withoutComment(String l) {
        int hash = l.indexOf('#');
        return hash < 0 ? l : l.substring(0, hash);
    }
}
