package backpropgrader.grade;

import backpropgrader.kernel.SpreadsheetCells;
import backpropgrader.marking.Verdict;
import com.fasterxml.jackson.databind.SequenceWriter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@code report.csv}: the class report's item statistics for a spreadsheet, one row per asked item in the
 * order the sheets ask them (the report's own table sorts them, hardest first): how many graded students had it,
 * facility and discrimination ({@link ItemStatistics}; empty where undefined), mean points and the maximum, the
 * count of each verdict and the misconceptions named on it ({@code name:count}, most first). Written with the
 * real CSV writer as {@link ResultsCsv} does: decimal points, "\n" line ends, quotes only where CSV needs them.
 */
public final class ReportCsv {

    static final List<String> COLUMNS = List.of("exercise", "key", "students", "facility", "discrimination",
            "mean_points", "max", "correct", "follow_through", "wrong", "missing", "misconceptions");

    private ReportCsv() {
    }

    public static void write(ItemStatistics stats, Writer out) throws IOException {
        try (SequenceWriter w = ResultsCsv.writer(COLUMNS, out)) {
            for (ItemStatistics.Item i : stats.items()) {
                w.write(new String[] {text(i.exercise()), text(i.key()), Integer.toString(i.students()),
                        fixed(i.facility()), fixed(i.discrimination()), fixed(i.meanPoints()),
                        ResultsCsv.number(i.max()), count(i, Verdict.CORRECT), count(i, Verdict.FOLLOW_THROUGH),
                        count(i, Verdict.WRONG), count(i, Verdict.MISSING), text(misconceptions(i.misconceptions()))});
            }
        }
    }

    /** Every text cell goes through here, made safe to open in a spreadsheet as the other CSV files' are. */
    private static String text(String s) {
        return s == null ? "" : SpreadsheetCells.safe(s);
    }

    /** Four places, half up, as a spreadsheet shows a statistic; empty where it is undefined. */
    private static String fixed(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String count(ItemStatistics.Item i, Verdict v) {
        return Integer.toString(i.verdicts().getOrDefault(v, 0));
    }

    private static String misconceptions(Map<String, Integer> named) {
        return named.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining("; "));
    }
}
