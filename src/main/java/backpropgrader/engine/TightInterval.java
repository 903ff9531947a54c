package backpropgrader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a formula reaches when each of its references ranges over an interval, without the dependency
 * over-reach of plain interval arithmetic ({@link Expr#interval}) where the formula uses one quantity more than
 * once: h(1 − h) over h ∈ [0.7765, 0.7775] is [0.17299, 0.17355] (the one h written once, used twice), where
 * treating the two h's as independent gives [0.17277, 0.17377].
 *
 * <p>For a reference used more than once, the formula's derivative in it is bounded over the whole box (forward
 * differentiation in interval arithmetic); where that keeps one sign, the formula is monotone in it and the
 * reference is taken at each end of its interval in turn (exact, and never narrower than the truth); elsewhere
 * (h(1 − h) around h = ½) the interval is halved, at most {@link #SPLITS} times, and what is left is the plain
 * interval image, which is wider than the truth but never narrower. References used once keep plain interval
 * arithmetic, which is exact for them.
 */
public final class TightInterval {

    /** How often a reference's interval may be halved where the formula is not monotone in it. */
    static final int SPLITS = 4;

    private TightInterval() {
    }

    /** The reachable set of {@code f} when each reference {@code k} ranges over {@code env.apply(k)}. */
    public static Interval of(Expr f, Function<String, Interval> env) {
        return of(f, env, repeated(f));
    }

    /** The same, with the references {@code f} uses more than once given ({@link #repeated}). */
    static Interval of(Expr f, Function<String, Interval> env, List<String> repeated) {
        if (repeated.isEmpty()) {
            return f.interval(env);
        }
        String[] keys = repeated.toArray(new String[0]);
        Interval[] parts = new Interval[keys.length];
        for (int i = 0; i < keys.length; i++) {
            parts[i] = env.apply(keys[i]);
        }
        Function<String, Interval> boxed = k -> {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(k)) {
                    return parts[i];
                }
            }
            return env.apply(k);
        };
        return range(f, boxed, keys, parts, 0, SPLITS);
    }

    /** The range with the repeated references before {@code next} fixed as {@code parts} has them. */
    private static Interval range(Expr f, Function<String, Interval> env, String[] keys, Interval[] parts,
                                  int next, int splits) {
        if (next == keys.length) {
            return f.interval(env);
        }
        Interval whole = parts[next];
        if (whole.lo() == whole.hi() || !Double.isFinite(whole.hi() - whole.lo())) {
            return range(f, env, keys, parts, next + 1, splits);
        }
        Slope s = slope(f, env, keys[next]);
        Interval out;
        if (s.d != null && (s.d.lo() >= 0 || s.d.hi() <= 0)) { // monotone in it: its two ends, each used throughout
            parts[next] = Interval.point(whole.lo());
            Interval low = range(f, env, keys, parts, next + 1, splits);
            parts[next] = Interval.point(whole.hi());
            out = low.hull(range(f, env, keys, parts, next + 1, splits));
        } else if (splits > 0) {
            double mid = whole.lo() + (whole.hi() - whole.lo()) / 2;
            parts[next] = new Interval(whole.lo(), mid);
            Interval low = range(f, env, keys, parts, next, splits - 1);
            parts[next] = new Interval(mid, whole.hi());
            out = low.hull(range(f, env, keys, parts, next, splits - 1));
        } else {
            out = range(f, env, keys, parts, next + 1, splits);
        }
        parts[next] = whole;
        return out;
    }

    /** The references {@code f} uses more than once, sorted (a fixed order: the same sets in every run). */
    static List<String> repeated(Expr f) {
        List<String> uses = new ArrayList<>();
        count(f, uses);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < uses.size(); i++) {
            String k = uses.get(i);
            if (!out.contains(k) && uses.subList(i + 1, uses.size()).contains(k)) {
                out.add(k);
            }
        }
        out.sort(null);
        return out;
    }

    private static void count(Expr e, List<String> uses) {
        if (e instanceof Expr.Ref r) {
            uses.add(r.key());
        } else if (e instanceof Expr.Sum s) {
            s.terms().forEach(t -> count(t, uses));
        } else if (e instanceof Expr.Product p) {
            p.factors().forEach(t -> count(t, uses));
        } else if (e instanceof Expr.Difference d) {
            count(d.a(), uses);
            count(d.b(), uses);
        } else if (e instanceof Expr.Quotient q) {
            count(q.a(), uses);
            count(q.b(), uses);
        } else if (e instanceof Expr.Negation n) {
            count(n.a(), uses);
        } else if (e instanceof Expr.Power p) {
            count(p.base(), uses);
        } else if (e instanceof Expr.Call c) {
            count(c.arg(), uses);
        } else if (e instanceof Expr.Softmax s) {
            s.zs().forEach(z -> count(z, uses)); // softmax's own bounds are tight in each z used once
        }
    }

    /** A formula's value and its derivative in one reference, over the box; {@code d} null where unknown. */
    private record Slope(Interval v, Interval d) {
    }

    private static final Interval ZERO = Interval.point(0);
    private static final Interval ONE = Interval.point(1);

    private static Slope slope(Expr e, Function<String, Interval> env, String r) {
        if (e instanceof Expr.Num n) {
            return new Slope(Interval.point(n.value()), ZERO);
        } else if (e instanceof Expr.Ref ref) {
            return new Slope(env.apply(ref.key()), ref.key().equals(r) ? ONE : ZERO);
        } else if (e instanceof Expr.Sum s) {
            Interval v = ZERO;
            Interval d = ZERO;
            for (Expr t : s.terms()) {
                Slope x = slope(t, env, r);
                v = v.plus(x.v);
                d = d == null || x.d == null ? null : d.plus(x.d);
            }
            return new Slope(v, d);
        } else if (e instanceof Expr.Difference diff) {
            Slope a = slope(diff.a(), env, r);
            Slope b = slope(diff.b(), env, r);
            return new Slope(a.v.minus(b.v), a.d == null || b.d == null ? null : a.d.minus(b.d));
        } else if (e instanceof Expr.Negation n) {
            Slope a = slope(n.a(), env, r);
            return new Slope(a.v.negate(), a.d == null ? null : a.d.negate());
        } else if (e instanceof Expr.Product p) {
            Interval v = ONE;
            Interval d = ZERO;
            for (Expr f : p.factors()) {
                Slope x = slope(f, env, r);
                d = d == null || x.d == null ? null : d.times(x.v).plus(v.times(x.d)); // (uv)' = u'v + uv'
                v = v.times(x.v);
            }
            return new Slope(v, d);
        } else if (e instanceof Expr.Quotient q) {
            Slope a = slope(q.a(), env, r);
            Slope b = slope(q.b(), env, r);
            Interval d = a.d == null || b.d == null ? null
                    : a.d.times(b.v).minus(a.v.times(b.d)).dividedBy(b.v.pow(2));
            return new Slope(a.v.dividedBy(b.v), d);
        } else if (e instanceof Expr.Power p) {
            Slope b = slope(p.base(), env, r);
            int n = p.exponent();
            Interval d = b.d == null ? null : Interval.point(n).times(b.v.pow(n - 1)).times(b.d);
            return new Slope(b.v.pow(n), d);
        } else if (e instanceof Expr.Call c) {
            Slope a = slope(c.arg(), env, r);
            Interval v = c.fn().apply(a.v);
            if (a.d != null && a.d.lo() == 0 && a.d.hi() == 0) {
                return new Slope(v, ZERO);
            }
            Interval outer = outerSlope(c.fn(), a.v);
            return new Slope(v, a.d == null || outer == null ? null : outer.times(a.d));
        } else if (e instanceof Expr.Softmax s) {
            return softmaxSlope(s, env, r);
        }
        return new Slope(e.interval(env), null);
    }

    /** The bounds of an activation's or function's derivative over an interval; null where it has a jump. */
    private static Interval outerSlope(Fn fn, Interval x) {
        return switch (fn) {
            case EXP -> x.monotone(StrictMath::exp);
            case LN -> ONE.dividedBy(x);
            case SIGMOID -> humped(x, 0.25, z -> {
                double s = 1 / (1 + StrictMath.exp(-z));
                return s * (1 - s);
            });
            case TANH -> humped(x, 1, z -> {
                double t = StrictMath.tanh(z);
                return 1 - t * t;
            });
            case RELU -> x.hi() < 0 ? ZERO : x.lo() > 0 ? ONE : new Interval(0, 1);
            case STEP -> x.hi() <= 0 || x.lo() > 0 ? ZERO : null; // the jump at 0
        };
    }

    /** The range of an even function that falls with |z| from its peak at 0 (σ′ and tanh′). */
    private static Interval humped(Interval x, double peak, java.util.function.DoubleUnaryOperator g) {
        double a = g.applyAsDouble(x.lo());
        double b = g.applyAsDouble(x.hi());
        return new Interval(Math.min(a, b), x.lo() <= 0 && x.hi() >= 0 ? peak : Math.max(a, b));
    }

    /** ∂ softmax_k / ∂ z_j = s_k (δ_kj − s_j), each over the box, through each z's own slope. */
    private static Slope softmaxSlope(Expr.Softmax s, Function<String, Interval> env, String r) {
        Interval v = s.interval(env);
        Interval d = ZERO;
        for (int j = 0; j < s.zs().size(); j++) {
            Slope z = slope(s.zs().get(j), env, r);
            if (z.d != null && z.d.lo() == 0 && z.d.hi() == 0) {
                continue;
            }
            if (z.d == null) {
                return new Slope(v, null);
            }
            Interval sj = new Expr.Softmax(j, s.zs()).interval(env);
            Interval partial = v.times((j == s.k() ? ONE : ZERO).minus(sj));
            d = d.plus(partial.times(z.d));
        }
        return new Slope(v, d);
    }
}
