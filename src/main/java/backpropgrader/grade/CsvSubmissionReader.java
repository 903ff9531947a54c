package backpropgrader.grade;

import backpropgrader.kernel.Excerpt;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A class-wide CSV (docs/FORMATS.md): a header {@code student}, then one quoted column per
 * {@code <exercise-id>/<key>}; one row per student. Comma or semicolon separated. Columns {@code name} and
 * {@code email} are allowed and ignored. A broken table (an unclosed quote, a row longer than the header, a row
 * without a student id) makes the file unreadable, naming the line; so does a table past one of the
 * {@link SubmissionLimits} (rows, cells of a row, exercises and keys in the header, the length of a cell).
 */
final class CsvSubmissionReader {

    private static final Set<String> IGNORED = Set.of("name", "email");

    private CsvSubmissionReader() {
    }

    static List<Submission> read(String text, String source, String fileName) throws UnreadableSubmissionException {
        List<List<String>> rows = rows(text, separator(text), source);
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        if (header.isEmpty() || !header.get(0).toLowerCase(Locale.ROOT).equals("student")) {
            throw UnreadableSubmissionException.at(source, "line 1, column 1", "the header 'student'",
                    header.isEmpty() ? "nothing" : Excerpt.quoted(header.get(0)));
        }
        Map<String, Integer> keys = new LinkedHashMap<>(); // exercise → its columns
        for (int c = 1; c < header.size(); c++) {
            String h = header.get(c);
            if (h.indexOf('/') <= 0 && !IGNORED.contains(h.toLowerCase(Locale.ROOT))) {
                throw UnreadableSubmissionException.at(source, "line 1, column " + (c + 1),
                        "a column named <exercise-id>/<key>", Excerpt.quoted(h));
            }
            if (h.indexOf('/') > 0) {
                String exercise = h.substring(0, h.indexOf('/'));
                if (!keys.containsKey(exercise) && keys.size() == SubmissionLimits.EXERCISES) {
                    throw SubmissionLimits.beyond(source, "line 1, column " + (c + 1), SubmissionLimits.EXERCISES,
                            "exercises");
                }
                if (keys.merge(exercise, 1, Integer::sum) > SubmissionLimits.KEYS_PER_EXERCISE) {
                    throw SubmissionLimits.beyond(source, "line 1, column " + (c + 1),
                            SubmissionLimits.KEYS_PER_EXERCISE, "keys of " + Excerpt.quoted(exercise));
                }
            }
        }
        List<Submission> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (row.size() > header.size()) {
                throw UnreadableSubmissionException.at(source, "line " + line, "at most " + header.size()
                        + " cells, as many as the header has", row.size() + " cells");
            }
            String student = row.get(0) == null ? "" : row.get(0).strip();
            if (student.isEmpty()) {
                throw UnreadableSubmissionException.at(source, "line " + line + ", column 1", "a student id",
                        "an empty cell");
            }
            Map<String, Map<String, String>> answers = new LinkedHashMap<>();
            for (int c = 1; c < header.size(); c++) {
                String h = header.get(c);
                int slash = h.indexOf('/');
                if (slash <= 0) {
                    continue;
                }
                String value = c < row.size() ? row.get(c) : null;
                answers.computeIfAbsent(h.substring(0, slash), e -> new LinkedHashMap<>())
                        .put(h.substring(slash + 1), value);
            }
            out.add(new Submission(source + ": line " + line, null, student, answers, List.of()));
        }
        return out;
    }

    /** The character after the first header cell: a comma, or a semicolon as European spreadsheets save. */
    private static char separator(String text) {
        String first = text.lines().findFirst().orElse("").strip();
        int cell = first.startsWith("\"") ? first.indexOf('"', 1) + 1 : 0;
        for (int i = cell; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == ',' || c == ';') {
                return c;
            }
        }
        return ',';
    }

    private static List<List<String>> rows(String text, char separator, String source)
            throws UnreadableSubmissionException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> rows = new ArrayList<>();
        // Token by token, so that reading stops at a limit before a row or the table is built past it.
        try (CsvParser p = (CsvParser) new CsvMapper().getFactory().createParser(text)) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (p.nextToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    String line = "line " + (rows.size() + 1);
                    if (rows.size() > SubmissionLimits.ROWS) { // the header and ROWS students
                        throw SubmissionLimits.beyond(source, line, SubmissionLimits.ROWS, "rows of students");
                    }
                    List<String> cells = new ArrayList<>();
                    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                        if (cells.size() == SubmissionLimits.COLUMNS) {
                            throw SubmissionLimits.beyond(source, line, SubmissionLimits.COLUMNS, "cells");
                        }
                        String cell = p.getValueAsString();
                        if (cell != null && cell.length() > SubmissionLimits.VALUE_CHARS) {
                            throw SubmissionLimits.tooLong(source, line + ", column " + (cells.size() + 1),
                                    cell.length());
                        }
                        cells.add(cell);
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            String line = "line " + (rows.size() + 1);
            throw new UnreadableSubmissionException(UnreadableSubmissionException.at(source, line, "valid CSV",
                    "an error: " + Excerpt.message(why)).getMessage(), line + ": this is not a well-formed CSV table"
                    + " (is a quotation mark left open?).");
        }
        if (rows.isEmpty()) {
            throw UnreadableSubmissionException.at(source, "line 1", "the header 'student'", "nothing");
        }
        return rows;
    }
}
