package backpropgrader.lms;

import backpropgrader.kernel.BadInputException;
import backpropgrader.engine.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Scores as the LMS files write them: rounded half-up to the LMS's decimals (Moodle's default grade display and
 * Canvas's export both use 2), with the locale's decimal separator and no grouping, never in scientific
 * notation; and read back leniently ("17.50", "17,5").
 */
final class Scores {

    private Scores() {
    }

    /** {@code score} with exactly {@code decimals} places ("17.50"), or at most that many ("17.5") when {@code trim}. */
    static String format(double score, int decimals, boolean trim, Locale locale) {
        // Rounded by the engine's one rule (half-up as a person does it), then written.
        BigDecimal d = BigDecimal.valueOf(Numbers.round(score, decimals)).setScale(decimals, RoundingMode.HALF_UP);
        if (trim) {
            d = d.stripTrailingZeros();
            d = d.scale() < 0 ? d.setScale(0) : d;
        }
        if (d.signum() == 0) {
            d = d.abs();
        }
        char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return d.toPlainString().replace('.', separator);
    }

    /** A score written with a point or a comma; the message names the file, line and column otherwise. */
    static double parse(String written, Path file, int line, String column) {
        String s = written.trim().replace('\u2212', '-');
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ": line " + line + ": column " + column + ": expected a number, found '"
                    + written + "'.");
        }
    }

    /** {@code score} out of {@code max} expressed out of {@code lmsMax} (the same when they agree). */
    static double scale(double score, double max, double lmsMax) {
        return max == lmsMax || max == 0 ? score : score * lmsMax / max;
    }
}
