package backpropgrader.engine;

import java.math.BigDecimal;

/**
 * {@link Numbers}' rounding (half-even to 14 significant digits, then half-up to the places) in long arithmetic,
 * for the common case; it answers null when it cannot be sure, and the exact BigDecimal definition decides.
 * Grading a class writes millions of numbers; this keeps that from being the cost of a class.
 */
final class FastRounding {

    private static final double[] POW10 = new double[23];
    private static final long[] LONG_POW10 = new long[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++, p *= 10) {
            POW10[i] = p; // 10^0 … 10^22 are exact doubles
        }
        long q = 1;
        for (int i = 0; i < LONG_POW10.length; i++, q *= 10) {
            LONG_POW10[i] = q;
        }
    }

    private FastRounding() {
    }

    static BigDecimal decimal(double v, int decimals) {
        if (v == 0) {
            return BigDecimal.valueOf(0, decimals);
        }
        long q = unscaled(v, decimals);
        return q == UNSURE ? null : BigDecimal.valueOf(q, decimals);
    }

    /**
     * {@code decimal(v, decimals).doubleValue()} without the BigDecimal: the same division BigDecimal's
     * {@code doubleValue} makes for a small unscaled value, so the same bits; NaN where it cannot be sure.
     */
    static double round(double v, int decimals) {
        if (v == 0) {
            return 0.0; // as BigDecimal.valueOf(0, d).doubleValue(): a positive zero
        }
        long q = unscaled(v, decimals);
        if (q == UNSURE || Math.abs(q) >= 1L << 52) { // (unscaled is sure only up to 18 places: POW10 has them)
            return Double.NaN;
        }
        return decimals == 0 ? (double) q : (double) q / POW10[decimals];
    }

    /**
     * {@code v} written with exactly {@code decimals} places as {@link Numbers#fixed} writes it (the digits
     * BigDecimal's {@code toPlainString} gives, "−" for the minus, no sign on a zero), or null where it cannot
     * be sure.
     */
    static String fixed(double v, int decimals) {
        long q = v == 0 ? 0 : unscaled(v, decimals);
        if (q == UNSURE) {
            return null;
        }
        String digits = Long.toString(Math.abs(q));
        StringBuilder out = new StringBuilder(digits.length() + decimals + 3);
        if (q < 0) {
            out.append('−');
        }
        int whole = digits.length() - decimals;
        if (decimals == 0) {
            out.append(digits);
        } else if (whole <= 0) {
            out.append("0.");
            for (int i = whole; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
        }
        return out.toString();
    }

    /** No answer from {@link #unscaled}: the definition decides. */
    private static final long UNSURE = Long.MIN_VALUE;

    /** The rounded value's digits, with {@code decimals} of them after the point, signed; or {@link #UNSURE}. */
    private static long unscaled(double v, int decimals) {
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        int s = 13 - e; // a·10^s has 14 digits before the point
        if (s > 22 || s < -22 || decimals < 0 || decimals > 18) {
            return UNSURE;
        }
        // one rounding of an exact product or quotient: off by at most half an ulp of x, 2^-7 below 10^14
        double x = s >= 0 ? a * POW10[s] : a / POW10[-s];
        if (x < 1e13 || x >= 1e14) {
            return UNSURE; // log10 landed beside a power of ten
        }
        double floor = Math.floor(x);
        double fraction = x - floor;
        if (Math.abs(fraction - 0.5) < 0.02) {
            return UNSURE; // too near a tie for a double to tell (0.05 had sent one number in ten to BigDecimal)
        }
        long m = (long) floor + (fraction > 0.5 ? 1 : 0); // the 14 significant digits
        long q;
        if (decimals >= s) {
            int up = decimals - s;
            if (up > 4) {
                return UNSURE;
            }
            q = m * LONG_POW10[up];
        } else {
            int k = s - decimals;
            if (k > 18) {
                q = 0;
            } else {
                long p = LONG_POW10[k];
                q = m / p + (2 * (m % p) >= p ? 1 : 0); // half-up
            }
        }
        return v < 0 ? -q : q;
    }
}
