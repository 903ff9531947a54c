package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.kernel.TextDecoder;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A delimited text file as the LMSs and spreadsheet programs write them, read leniently: any encoding
 * {@link TextDecoder} reads (UTF-8 with or without a BOM, UTF-16 with a BOM, else Windows-1252); comma, semicolon or tab
 * (whichever the header line has most of); CRLF or LF; quoted fields, also across lines. Each row keeps the line
 * it starts on, for messages.
 *
 * @param header the first row, each cell trimmed
 * @param bom    whether the file started with a byte-order mark
 */
record CsvTable(Path source, List<String> header, List<Row> rows, char separator, boolean bom) {

    /** One data row and the line of the file it starts on (1-based). */
    record Row(int line, List<String> cells) {

        /** The cell at {@code column}, trimmed; "" when the row is shorter or the column is -1. */
        String get(int column) {
            return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).trim() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    static CsvTable read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file.");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage() + ".");
        }
        TextDecoder.Text decoded;
        try {
            decoded = TextDecoder.decode(bytes, "a text file (CSV)");
        } catch (TextDecoder.NotTextException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        String text = decoded.text();
        boolean bom = decoded.bom();
        char separator = separatorOf(text.lines().findFirst().orElse(""));
        List<Row> all = parse(text, separator, file);
        if (all.isEmpty()) {
            throw new BadInputException(file + ": the file is empty; expected a header line.");
        }
        List<String> header = all.get(0).cells().stream().map(h -> h == null ? "" : h.trim()).toList();
        return new CsvTable(file, header, all.subList(1, all.size()), separator, bom);
    }

    /** The index of the first of {@code names} in the header (case-insensitive), or -1. */
    int column(String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    boolean has(String... names) {
        return column(names) >= 0;
    }

    /** The separator the header line uses most, outside quotes; a one-column header means comma. */
    static char separatorOf(String headerLine) {
        int tabs = 0, semicolons = 0, commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                tabs += c == '\t' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<Row> parse(String text, char separator, Path file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (CsvParser p = (CsvParser) mapper.getFactory().createParser(text)) {
            p.setSchema(schema);
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return rows;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                List<String> cells = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr(); // where the row's first cell starts
                    }
                    cells.add(p.getValueAsString());
                }
                Row row = new Row(line, cells);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": line " + line + ": expected CSV, found text it cannot read: "
                    + e.getMessage() + ".", e);
        }
        return rows;
    }
}
