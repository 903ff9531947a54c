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
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        int s = 13 - e; // a·10^s has 14 digits before the point
        if (s > 22 || s < -22 || decimals < 0 || decimals > 18) {
            return null;
        }
        double x = s >= 0 ? a * POW10[s] : a / POW10[-s]; // one rounding: off by at most ~0.01 at this size
        if (x < 1e13 || x >= 1e14) {
            return null; // log10 landed beside a power of ten
        }
        double floor = Math.floor(x);
        double fraction = x - floor;
        if (Math.abs(fraction - 0.5) < 0.05) {
            return null; // too near a tie for a double to tell
        }
        long m = (long) floor + (fraction > 0.5 ? 1 : 0); // the 14 significant digits
        long q;
        if (decimals >= s) {
            int up = decimals - s;
            if (up > 4) {
                return null;
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
        return BigDecimal.valueOf(v < 0 ? -q : q, decimals);
    }
}
