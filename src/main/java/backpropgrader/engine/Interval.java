package backpropgrader.engine;

/**
 * A closed interval of reals, the unit of the rounding-aware model: the set of values a hand computation can
 * reach. Operations return the natural interval extension (a superset of the exact image), which is what a
 * tolerance needs: never stricter than the truth.
 */
public record Interval(double lo, double hi) {

    static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
        }
        if (lo > hi) {
            throw new IllegalArgumentException("interval bounds in wrong order: [" + lo + ", " + hi + "]");
        }
    }

    static Interval point(double v) {
        return new Interval(v, v);
    }

    /** The values that round to {@code v} when {@code v} is written with {@code decimals} places. */
    public static Interval roundingWindow(double v, int decimals) {
        double half = decimals >= 0 && decimals < HALF_UNITS.length ? HALF_UNITS[decimals] : halfUnit(decimals);
        return new Interval(v - half, v + half);
    }

    /** Half a unit of the last of 0–17 decimals, computed once: every marked item asks for one (pow was 1 %). */
    private static final double[] HALF_UNITS = new double[18];

    static {
        for (int d = 0; d < HALF_UNITS.length; d++) {
            HALF_UNITS[d] = halfUnit(d);
        }
    }

    private static double halfUnit(int decimals) {
        return 0.5 * StrictMath.pow(10, -decimals);
    }

    public boolean meets(Interval other) {
        double slack = 1e-12 * Math.max(1.0, Math.max(Math.abs(lo), Math.abs(hi)));
        return lo <= other.hi + slack && other.lo <= hi + slack;
    }

    public boolean contains(double v) {
        return meets(point(v));
    }

    public Interval hull(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    Interval plus(Interval o) {
        return new Interval(lo + o.lo, hi + o.hi);
    }

    Interval minus(Interval o) {
        return new Interval(lo - o.hi, hi - o.lo);
    }

    Interval negate() {
        return new Interval(-hi, -lo);
    }

    Interval times(Interval o) {
        double a = lo * o.lo, b = lo * o.hi, c = hi * o.lo, d = hi * o.hi;
        return new Interval(min4(a, b, c, d), max4(a, b, c, d));
    }

    Interval dividedBy(Interval o) {
        if (o.lo <= 0 && o.hi >= 0) {
            return ALL;
        }
        return times(new Interval(1 / o.hi, 1 / o.lo));
    }

    Interval pow(int n) {
        if (n == 0) {
            return point(1);
        }
        if (n < 0) {
            return point(1).dividedBy(pow(-n));
        }
        double a = StrictMath.pow(lo, n), b = StrictMath.pow(hi, n);
        if (n % 2 == 1) {
            return new Interval(a, b);
        }
        if (lo >= 0) {
            return new Interval(a, b);
        }
        if (hi <= 0) {
            return new Interval(b, a);
        }
        return new Interval(0, Math.max(a, b));
    }

    /** Image under a non-decreasing function. */
    Interval monotone(java.util.function.DoubleUnaryOperator f) {
        return new Interval(f.applyAsDouble(lo), f.applyAsDouble(hi));
    }

    private static double min4(double a, double b, double c, double d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    private static double max4(double a, double b, double c, double d) {
        return Math.max(Math.max(a, b), Math.max(c, d));
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}
