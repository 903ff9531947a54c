package backpropgrader.marking;

import backpropgrader.engine.Interval;

/**
 * The one tolerance decision (docs/MARKING.md): an answer fits a set of reachable values when its own rounding
 * window meets that set, or when it lies within the absolute or relative tolerance of the exact value. The
 * window is half a unit of the last decimal, taking the answer as written with at least the sheet's places
 * ("1.2" on a 3-place sheet stands for 1.200). Every verdict — correct, follow-through, a misconception's world,
 * another student's variant — is decided by {@link #accepts}.
 */
final class Tolerance {

    private Tolerance() {
    }

    /** The places an answer is judged at: what was written, but never fewer than the sheet asks for. */
    static int decimals(int written, Marking m) {
        return Math.max(written, m.decimals());
    }

    /** The values a written answer stands for. */
    static Interval window(double value, int written, Marking m) {
        int d = decimals(written, m);
        if (d < 0 || d >= HALF_UNIT.length) {
            return Interval.roundingWindow(value, d);
        }
        return new Interval(value - HALF_UNIT[d], value + HALF_UNIT[d]); // the same numbers, without pow each time
    }

    private static final double[] HALF_UNIT = new double[24];

    static {
        for (int d = 0; d < HALF_UNIT.length; d++) {
            HALF_UNIT[d] = Interval.roundingWindow(0, d).hi();
        }
    }

    /** Whether the answer fits a world where a hand computation reaches {@code reach}, exact value {@code exact}. */
    static boolean accepts(Interval reach, double exact, double value, int written, Marking m) {
        return window(value, written, m).meets(reach) || nearEnough(exact, value, m);
    }

    /** Within the absolute or the relative tolerance (each off when 0). */
    static boolean nearEnough(double exact, double value, Marking m) {
        double off = Math.abs(value - exact);
        double slack = 1e-12 * Math.max(1, Math.abs(exact));
        return (m.absolute() > 0 && off <= m.absolute() + slack)
                || (m.relative() > 0 && off <= m.relative() * Math.abs(exact) + slack);
    }

    /** How far around the exact value {@link #nearEnough} reaches: for indexing candidates, never for verdicts. */
    static double nearEnoughRadius(double exact, Marking m) {
        return Math.max(m.absolute(), m.relative() * Math.abs(exact)) * (1 + 1e-9);
    }
}
