package backpropgrader.grade;

import com.fasterxml.jackson.databind.MappingIterator;
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
 * A class-wide CSV (DESIGN.md §5): a header {@code student}, then one quoted column per
 * {@code <exercise-id>/<key>}; one row per student. Comma or semicolon separated. Columns {@code name} and
 * {@code email} are allowed and ignored. A broken table (an unclosed quote, a row longer than the header, a row
 * without a student id) makes the file unreadable, naming the line.
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
        for (int c = 1; c < header.size(); c++) {
            String h = header.get(c);
            if (h.indexOf('/') <= 0 && !IGNORED.contains(h.toLowerCase(Locale.ROOT))) {
                throw UnreadableSubmissionException.at(source, "line 1, column " + (c + 1),
                        "a column named <exercise-id>/<key>", Excerpt.quoted(h));
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
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw UnreadableSubmissionException.at(source, "line " + (rows.size() + 1), "valid CSV",
                    "an error: " + Excerpt.message(why));
        }
        if (rows.isEmpty()) {
            throw UnreadableSubmissionException.at(source, "line 1", "the header 'student'", "nothing");
        }
        return rows;
    }
}
