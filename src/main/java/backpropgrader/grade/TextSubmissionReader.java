package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text submission (docs/FORMATS.md), as a student fills in the template in any editor:
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
 * silently; so does a file past one of the {@link SubmissionLimits} (lines, exercises, keys, the length of a
 * value), read line by line and stopped there.
 */
final class TextSubmissionReader {

    /** Keys answered twice that are named one by one in the warnings; the rest are counted. */
    private static final int NAMED_AGAIN = 20;

    private TextSubmissionReader() {
    }

    static Submission read(String text, String source, String fileName) throws UnreadableSubmissionException {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        String student = null;
        String variant = null;
        String exercise = null;
        int again = 0;
        int line = 0;
        for (int start = 0, end; start <= text.length(); start = next(text, end)) {
            end = endOfLine(text, start);
            if (++line > SubmissionLimits.LINES && start < text.length()) { // (not the end of the last line)
                throw SubmissionLimits.beyond(source, "line " + line, SubmissionLimits.LINES, "lines");
            }
            String l = withoutComment(text.substring(start, end)).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]") && l.indexOf('=') < 0) {
                exercise = l.substring(1, l.length() - 1).strip();
                if (exercise.isEmpty()) {
                    throw UnreadableSubmissionException.at(source, "line " + line, "an exercise id between [ ]",
                            Excerpt.quoted(l));
                }
                if (!answers.containsKey(exercise) && answers.size() == SubmissionLimits.EXERCISES) {
                    throw SubmissionLimits.beyond(source, "line " + line, SubmissionLimits.EXERCISES, "exercises");
                }
                answers.computeIfAbsent(exercise, e -> new LinkedHashMap<>());
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw UnreadableSubmissionException.at(source, "line " + line,
                        "'key = value', an [exercise-id] header or a # comment", Excerpt.quoted(l));
            }
            String key = l.substring(0, eq).strip();
            String value = l.substring(eq + 1).strip();
            if (value.length() > SubmissionLimits.VALUE_CHARS) {
                throw SubmissionLimits.tooLong(source, "line " + line, value.length());
            }
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
                        "an [exercise-id] header before the first answer", Excerpt.quoted(l));
            }
            Map<String, String> values = answers.get(exercise);
            if (!values.containsKey(key) && values.size() == SubmissionLimits.KEYS_PER_EXERCISE) {
                throw SubmissionLimits.beyond(source, "line " + line, SubmissionLimits.KEYS_PER_EXERCISE,
                        "keys in [" + Excerpt.of(exercise) + "]");
            }
            Integer before = lineOf.put(exercise + "\u0000" + key, line);
            if (before != null && ++again <= NAMED_AGAIN) {
                warnings.add(source + ": line " + line + ": " + Excerpt.of(key) + " in [" + Excerpt.of(exercise)
                        + "] is answered again (first on line " + before + "); the later value counts.");
            }
            values.put(key, value);
        }
        if (again > NAMED_AGAIN) {
            warnings.add(source + ": " + SubmissionLimits.count(again - NAMED_AGAIN) + " more keys are answered"
                    + " again; each time the later value counts.");
        }
        return new Submission(source, fileName, student, answers, warnings, variant);
    }

    /** Where the line starting at {@code start} ends (before its \r\n, \r or \n, or at the end). */
    private static int endOfLine(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the next line starts after one ending at {@code end}; past the text when it was the last. */
    private static int next(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        return text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }

    /** The line without a # comment (no number or key contains #). */
    private static String withoutComment(String l) {
        int hash = l.indexOf('#');
        return hash < 0 ? l : l.substring(0, hash);
    }
}
