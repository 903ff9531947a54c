package backpropgrader.lms;

import backpropgrader.engine.BadInputException;
import backpropgrader.exercise.Student;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a class list: a plain {@code id,name,email} CSV (any column order, comma or semicolon, with or without
 * a BOM, CRLF or LF). The id column is {@code id} or {@code student} (or the one named with --id-column).
 * Duplicate and empty ids are errors that name the line.
 */
public final class RosterReader {

    private RosterReader() {
    }

    public static Roster read(Path file) {
        return read(file, null);
    }

    public static Roster read(Path file, String idColumn) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> rows = parse(text, separator, file);
        if (rows.isEmpty()) {
            throw new BadInputException(file + ": the roster is empty; expected a header line such as id,name,email.");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim()).toList();
        int id = column(header, idColumn != null ? List.of(idColumn) : List.of("id", "student", "student id", "username"));
        if (id < 0) {
            throw new BadInputException(file + ": line 1: expected a column "
                    + (idColumn != null ? "named '" + idColumn + "'" : "named id") + ", found " + header + ".");
        }
        int name = column(header, List.of("name", "full name"));
        int email = column(header, List.of("email", "email address"));
        List<Student> students = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(c -> c.isBlank())) {
                continue;
            }
            int line = r + 1;
            String sid = cell(row, id);
            if (sid.isEmpty()) {
                throw new BadInputException(file + ": line " + line + ": expected a student id in column '"
                        + header.get(id) + "', found an empty cell.");
            }
            Integer before = seen.put(sid, line);
            if (before != null) {
                throw new BadInputException(file + ": line " + line + ": the student id '" + sid
                        + "' is already on line " + before + "; ids must be unique.");
            }
            students.add(new Student(sid, name < 0 ? "" : cell(row, name), email < 0 ? "" : cell(row, email)));
        }
        return new Roster(List.copyOf(students), header.get(id), "plain", file.toString());
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file.");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Spreadsheet programs still save Windows-1252; every byte decodes there, so names survive.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static List<List<String>> parse(String text, char separator, Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": line " + (rows.size() + 1) + ": not valid CSV: " + e.getMessage() + ".");
        }
        return rows;
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i).trim() : "";
    }
}
