package backpropgrader.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The one place numbers are rounded and written (in the lecture's style: Unicode minus, no trailing ".0"). */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Half-up rounding as a person does it. The double is first taken to 14 significant digits, so that binary
     * noise in decimal arithmetic (0.539 + 0.7595 = 1.2984999999999998) does not turn a tie into a round-down.
     */
    public static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double fast = FastRounding.round(v, decimals);
        return Double.isNaN(fast) ? exactDecimal(v, decimals).doubleValue() : fast;
    }

    static BigDecimal decimal(double v, int decimals) {
        BigDecimal fast = FastRounding.decimal(v, decimals);
        return fast != null ? fast : exactDecimal(v, decimals);
    }

    /** The definition (and the slow path for near-ties): the exact binary value, 14 digits, then the places. */
    static BigDecimal exactDecimal(double v, int decimals) {
        return new BigDecimal(v).round(SIGNIFICANT).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static final MathContext SIGNIFICANT = new MathContext(14, RoundingMode.HALF_EVEN);

    /** {@code v} with exactly {@code decimals} places: −1.745, 0.500. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        String fast = FastRounding.fixed(v, decimals);
        if (fast != null) {
            return fast;
        }
        BigDecimal r = exactDecimal(v, decimals);
        if (r.signum() == 0) {
            r = r.abs();
        }
        return r.toPlainString().replace('-', '−');
    }

    /**
     * The exact value with just enough places (at least {@code decimals} + 1) that it does not itself seem to
     * round to something else: 1.174472 at 3 places is "1.1745" in a naive display; this gives "1.17447".
     */
    public static String beyond(double v, int decimals) {
        for (int p = decimals + 1; p < decimals + 8; p++) {
            String s = fixed(v, p);
            if (round(parse(s), decimals) == round(v, decimals)) {
                return s;
            }
        }
        return fixed(v, decimals + 8);
    }

    /**
     * Whether the exact value is written beside its rounding at {@code decimals} places ("0.810", "exact
     * 0.8104"): when it has more places than those. Binary noise beyond the sixth further place does not count,
     * so 0.9 × 0.9 (0.8100000000000001) at 3 places is 0.810 with nothing beside it.
     */
    public static boolean showsExactBeside(double exact, int decimals) {
        return decimalsOf(plain(round(exact, decimals + 6))) > decimals;
    }

    /** The shortest decimal that reads back as {@code v}: 1, 0.5, −2.3. */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString().replace('-', '−');
    }

    /** How many decimals a number is written with: "2.52" → 2, "4" → 0, "−1.7440" → 4. */
    public static int decimalsOf(String written) {
        String s = written.trim();
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mantissa = e >= 0 ? s.substring(0, e) : s;
        int dot = Math.max(mantissa.indexOf('.'), mantissa.indexOf(','));
        int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
        if (e >= 0) {
            decimals -= Integer.parseInt(s.substring(e + 1).replace('−', '-').replace("+", ""));
        }
        return decimals;
    }

    /** Reads a number as printed in the lecture or a file: Unicode minus and a leading plus are accepted. */
    public static double parse(String written) {
        return Double.parseDouble(written.trim().replace('−', '-'));
    }

    static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? '⁻' : digits.charAt(c - '0'));
        }
        return sb.toString();
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
    }
}
