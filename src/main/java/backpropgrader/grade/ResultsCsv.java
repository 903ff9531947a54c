package backpropgrader.grade;

import backpropgrader.kernel.SpreadsheetCells;
import backpropgrader.marking.ItemResult;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes {@code grades.csv} (id, name, score, max, percentage, status) and {@code items.csv} (one row per student
 * and item, the instructor's override reason last) with a real CSV writer. Deterministic and locale-independent:
 * students in id order, items in sheet order, numbers with a decimal point and no exponent (percentages with one
 * decimal), empty cells for unknown numbers, "\n" line ends; a text cell that a spreadsheet would run as a formula
 * gets a quote in front ({@link SpreadsheetCells}).
 */
public final class ResultsCsv {

    static final List<String> GRADES = List.of("id", "name", "score", "max", "percentage", "status");
    static final List<String> ITEMS = List.of("id", "exercise", "key", "submitted", "expected", "verdict",
            "misconception", "points", "max", "reason", "override");
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quotes only where CSV needs them
            .build();

    private ResultsCsv() {
    }

    public static void writeGrades(GradingOutcome outcome, Writer out) throws IOException {
        try (SequenceWriter w = writer(GRADES, out)) {
            for (StudentResult s : outcome.students()) {
                Double p = s.percentage();
                w.write(row(s.id(), s.name(), number(s.score()), number(s.max()),
                        p == null ? "" : BigDecimal.valueOf(p).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                        s.status().id()));
            }
        }
    }

    public static void writeItems(GradingOutcome outcome, Writer out) throws IOException {
        try (Items w = items(out)) {
            for (StudentResult s : outcome.students()) {
                w.add(s);
            }
        }
    }

    /**
     * {@code items.csv} written as the students come (in id order, as {@link #writeItems} writes them), so grade
     * writes it while it marks instead of keeping it for the end. Closing it ends the table, not {@code out}.
     */
    public static Items items(Writer out) throws IOException {
        return new Items(writer(ITEMS, out));
    }

    /** A table of items being written, one student's rows at a time. */
    public static final class Items implements AutoCloseable {
        private final SequenceWriter w;

        private Items(SequenceWriter w) {
            this.w = w;
        }

        /** The student's rows (none for a student without marked items). */
        public void add(StudentResult s) throws IOException {
            for (ItemResult i : s.items()) {
                String expected = i.expected() instanceof Double d ? number(d) : (String) i.expected();
                w.write(row(s.id(), i.exercise(), i.key(), nullToEmpty(i.submitted()), expected,
                        i.verdict().id(), nullToEmpty(i.misconception()), number(i.points()), number(i.max()),
                        i.reason(), nullToEmpty(i.override())));
            }
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    /** One row, every cell safe to open in a spreadsheet (typed answers, ids and names are the students'). */
    static String[] row(String... cells) {
        String[] out = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = SpreadsheetCells.safe(cells[i]);
        }
        return out;
    }

    static SequenceWriter writer(List<String> columns, Writer out) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader().withLineSeparator("\n");
        // Rows go into the caller's buffered writer, not flushed one by one (a class has a million of them).
        return CSV.writerFor(String[].class).with(schema).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writeValues(out);
    }

    /** A double as plain decimal digits ("17.5", "20", "-0.38854778682407276"); empty for null. */
    static String number(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
