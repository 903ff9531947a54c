package backpropgrader.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the CSV files the tool writes, made safe to open in a spreadsheet program (CSV or formula injection):
 * a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is taken
 * as a formula by Excel, LibreOffice and Google Sheets, so — as OWASP's "CSV Injection" page recommends — it gets
 * a single quote in front, which those programs show as text. A plain number ({@code -1.744}, {@code +2},
 * {@code -1,744}, {@code 1.2e-3}) and a lone {@code -} (Moodle's "no grade") compute nothing and stay exactly as
 * they are, so numbers stay numbers and the LMS importers read what they always read. Every text cell of every
 * CSV the tool writes goes through {@link #safe(String)}; quoting and separators are the CSV writer's business.
 */
public final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r";
    /** A number as written: sign, digits with a decimal point or comma, an exponent; nothing a formula needs. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** The cell as a spreadsheet shows it without running it: unchanged unless it would start a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        if (cell.equals("-") || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** Every cell of a row through {@link #safe(String)}. */
    public static List<String> safe(List<String> row) {
        List<String> out = new ArrayList<>(row.size());
        for (String cell : row) {
            out.add(safe(cell));
        }
        return out;
    }
}
