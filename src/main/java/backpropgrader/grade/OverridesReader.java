package backpropgrader.grade;

import backpropgrader.marking.Verdict;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.Excerpt;
import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an overrides file: YAML (a list of mappings) or CSV (a header, then one row per override), each with
 * {@code student}, {@code exercise}, {@code key}, {@code points} and/or {@code verdict}, and {@code reason}.
 * Every problem names the file and line.
 */
final class OverridesReader {

    static final List<String> FIELDS = List.of("student", "exercise", "key", "points", "verdict", "reason");

    private OverridesReader() {
    }

    static List<Adjustment> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".csv") ? csv(file) : yaml(file);
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": line " + e.getLocation().getLineNr() + ": expected "
                    + (name.endsWith(".csv") ? "CSV" : "YAML") + ", found text that is not: "
                    + Excerpt.withoutSource(e.getOriginalMessage()) + ".");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".", e);
        }
    }

    private static List<Adjustment> yaml(Path file) throws IOException {
        List<Adjustment> out = new ArrayList<>();
        try (JsonParser p = TreeFiles.YAML.getFactory().createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return out;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new BadInputException(file + ": line " + p.currentTokenLocation().getLineNr() + ": expected a"
                        + " list of overrides (lines starting with '- student:'), found " + first.asString() + ".");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String where = file + ": line " + p.currentTokenLocation().getLineNr();
                JsonNode n = TreeFiles.YAML.readTree(p);
                Map<String, String> fields = new LinkedHashMap<>();
                n.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isNull() ? ""
                        : f.getValue().asText()));
                out.add(override(fields, where));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new BadInputException(file + ": line " + p.currentTokenLocation().getLineNr() + ": expected an"
                        + " override (a mapping with student, exercise, key, points or verdict, reason), found "
                        + p.getText() + ".");
            }
        }
        return out;
    }

    private static List<Adjustment> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<Adjustment> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(text)) {
            if (!rows.hasNext()) {
                return out;
            }
            List<String> header = Arrays.stream(rows.next()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (String h : header) {
                if (!FIELDS.contains(h)) {
                    throw new BadInputException(file + ": line 1: expected the columns " + String.join(", ", FIELDS)
                            + ", found the column '" + h + "'.");
                }
            }
            while (rows.hasNext()) {
                String where = file + ": line " + rows.getCurrentLocation().getLineNr(); // where the row starts
                String[] row = rows.next();
                if (Arrays.stream(row).allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < row.length; i++) {
                    fields.put(header.get(i), row[i]);
                }
                out.add(override(fields, where));
            }
        }
        return out;
    }

    private static Adjustment override(Map<String, String> f, String where) {
        for (String k : f.keySet()) {
            if (!FIELDS.contains(k)) {
                throw new BadInputException(where + ": unknown field '" + k + "'; the fields are "
                        + String.join(", ", FIELDS) + ".");
            }
        }
        String student = required(f, "student", where);
        String exercise = required(f, "exercise", where);
        String key = required(f, "key", where);
        String reason = required(f, "reason", where);
        String v = f.getOrDefault("verdict", "").strip();
        String pts = f.getOrDefault("points", "").strip();
        if (v.isEmpty() && pts.isEmpty()) {
            throw new BadInputException(where + ": expected points or a verdict (or both), found neither.");
        }
        Verdict verdict = null;
        if (!v.isEmpty()) {
            try {
                verdict = Verdict.parse(v.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + ": verdict: expected correct, follow-through, wrong or missing,"
                        + " found '" + v + "'.");
            }
        }
        Double points = null;
        if (!pts.isEmpty()) {
            try {
                points = Double.valueOf(pts.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new BadInputException(where + ": points: expected a number, found '" + pts + "'.");
            }
        }
        return new Adjustment(student, exercise, key, verdict, points, reason, where);
    }

    private static String required(Map<String, String> f, String field, String where) {
        String s = f.getOrDefault(field, "").strip();
        if (s.isEmpty()) {
            throw new BadInputException(where + ": " + field + ": expected a value, found none.");
        }
        return s;
    }
}
