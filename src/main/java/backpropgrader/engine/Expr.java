package backpropgrader.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A node's formula over the keys of its parents, in the lecture's notation. One formula gives the value
 * ({@link #eval}), the set a hand computation can reach ({@link #interval}), the symbolic and the substituted
 * rendering ({@link #render}), and re-evaluation with anybody's parent values (pass another environment).
 *
 * <p>All node kinds live in this one file, each with its value, interval image and notation side by side, so the
 * whole algebra of the worked solutions reads in one sitting (the reason it is longer than the others).
 */
public sealed interface Expr {

    int SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;

    double eval(ToDoubleFunction<String> env);

    Interval interval(Function<String, Interval> env);

    void render(StringBuilder out, Notation n);

    int precedence();

    /** The same formula with every reference replaced by what {@code f} gives for its key. */
    Expr substitute(Function<String, Expr> f);

    void collectRefs(Set<String> out);

    default String render(Notation n) {
        StringBuilder sb = new StringBuilder();
        render(sb, n);
        return sb.toString();
    }

    /**
     * An operand where a leading minus reads unambiguously (the first term of a sum or difference, a function's
     * argument): a substituted negative number without parentheses, "exp(−1.250)", "(−1.173 − 3.229)/3".
     */
    static void renderLeading(StringBuilder out, Expr e, Notation n, int minPrecedence) {
        if (e instanceof Ref r) {
            out.append(n.bare(r.key()));
        } else {
            renderOperand(out, e, n, minPrecedence);
        }
    }

    static void renderOperand(StringBuilder out, Expr e, Notation n, int minPrecedence) {
        if (e.precedence() < minPrecedence) {
            out.append('(');
            e.render(out, n);
            out.append(')');
        } else {
            e.render(out, n);
        }
    }

    // ---- constructors in the lecture's vocabulary ----

    static Expr num(double v) {
        return new Num(v, null);
    }

    static Expr ref(String key) {
        return new Ref(key);
    }

    static Expr sum(List<Expr> terms) {
        return terms.size() == 1 ? terms.get(0) : new Sum(List.copyOf(terms));
    }

    static Expr product(Expr... factors) {
        List<Expr> flat = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Product p) {
                flat.addAll(p.factors());
            } else if (!(f instanceof Num c && c.value() == 1 && c.text() == null)) {
                flat.add(f);
            }
        }
        return flat.isEmpty() ? num(1) : flat.size() == 1 ? flat.get(0) : new Product(List.copyOf(flat));
    }

    static Expr minus(Expr a, Expr b) {
        return new Difference(a, b);
    }

    static Expr divide(Expr a, Expr b) {
        return new Quotient(a, b);
    }

    static Expr negate(Expr a) {
        return new Negation(a);
    }

    static Expr pow(Expr base, int n) {
        return new Power(base, n);
    }

    static Expr call(Fn fn, Expr arg) {
        return new Call(fn, arg);
    }

    // ---- the node kinds ----

    /** A constant; {@code text}, when given, is how the lecture writes it (½). */
    record Num(double value, String text) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return value;
        }

        public Interval interval(Function<String, Interval> env) {
            return Interval.point(value);
        }

        public void render(StringBuilder out, Notation n) {
            out.append(text != null ? text : n.constant(value));
        }

        public int precedence() {
            return value < 0 ? UNARY : ATOM;
        }

        public Expr substitute(Function<String, Expr> f) {
            return this;
        }

        public void collectRefs(Set<String> out) {
        }
    }

    /**
     * A parent quantity, by key. The key is interned, as {@link Quantity}'s is: evaluating a formula looks each
     * reference up in its graph's index, and equal strings that are one object are found without comparing
     * their characters.
     */
    record Ref(String key) implements Expr {
        public Ref {
            key = key.intern();
        }

        public double eval(ToDoubleFunction<String> env) {
            return env.applyAsDouble(key);
        }

        public Interval interval(Function<String, Interval> env) {
            return env.apply(key);
        }

        public void render(StringBuilder out, Notation n) {
            out.append(n.ref(key));
        }

        public int precedence() {
            return ATOM; // a negative substituted value is parenthesised by the notation itself
        }

        public Expr substitute(Function<String, Expr> f) {
            Expr e = f.apply(key);
            return e == null ? this : e;
        }

        public void collectRefs(Set<String> out) {
            out.add(key);
        }
    }

    record Sum(List<Expr> terms) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            double s = 0;
            for (Expr t : terms) {
                s += t.eval(env);
            }
            return s;
        }

        public Interval interval(Function<String, Interval> env) {
            Interval s = Interval.point(0);
            for (Expr t : terms) {
                s = s.plus(t.interval(env));
            }
            return s;
        }

        /** The lecture's "(−1.173 − 3.229 − 5.516)/3": a negative number after the first is subtracted. */
        public void render(StringBuilder out, Notation n) {
            // a sum of sums (Σ_k {…} of the cross-entropies) keeps every inner sum in its braces, the first too
            renderLeading(out, terms.get(0), n, terms.get(0) instanceof Sum ? PRODUCT : SUM);
            for (Expr t : terms.subList(1, terms.size())) {
                String magnitude = negativeMagnitude(t, n);
                if (magnitude != null) {
                    out.append(" − ").append(magnitude);
                } else {
                    out.append(" + ");
                    renderOperand(out, t, n, PRODUCT);
                }
            }
        }

        /** The text of −t when t is written as a plain negative number, else null. */
        private static String negativeMagnitude(Expr t, Notation n) {
            String s = t instanceof Ref r ? n.bare(r.key())
                    : t instanceof Num c && c.text() == null && c.value() < 0 ? n.constant(c.value()) : null;
            return s != null && s.startsWith("−") ? s.substring(1) : null;
        }

        public int precedence() {
            return SUM;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Sum(terms.stream().map(t -> t.substitute(f)).toList());
        }

        public void collectRefs(Set<String> out) {
            terms.forEach(t -> t.collectRefs(out));
        }
    }

    record Difference(Expr a, Expr b) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return a.eval(env) - b.eval(env);
        }

        public Interval interval(Function<String, Interval> env) {
            return a.interval(env).minus(b.interval(env));
        }

        public void render(StringBuilder out, Notation n) {
            renderLeading(out, a, n, SUM);
            out.append(" − ");
            renderOperand(out, b, n, PRODUCT);
        }

        public int precedence() {
            return SUM;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Difference(a.substitute(f), b.substitute(f));
        }

        public void collectRefs(Set<String> out) {
            a.collectRefs(out);
            b.collectRefs(out);
        }
    }

    record Product(List<Expr> factors) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            double p = 1;
            for (Expr f : factors) {
                p *= f.eval(env);
            }
            return p;
        }

        public Interval interval(Function<String, Interval> env) {
            Interval p = Interval.point(1);
            for (Expr f : factors) {
                p = p.times(f.interval(env));
            }
            return p;
        }

        public void render(StringBuilder out, Notation n) {
            for (int i = 0; i < factors.size(); i++) {
                if (i > 0) {
                    out.append(n.times());
                }
                renderOperand(out, factors.get(i), n, i == 0 ? PRODUCT : UNARY + 1);
            }
        }

        public int precedence() {
            return PRODUCT;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Product(factors.stream().map(t -> t.substitute(f)).toList());
        }

        public void collectRefs(Set<String> out) {
            factors.forEach(t -> t.collectRefs(out));
        }
    }

    record Quotient(Expr a, Expr b) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return a.eval(env) / b.eval(env);
        }

        public Interval interval(Function<String, Interval> env) {
            return a.interval(env).dividedBy(b.interval(env));
        }

        public void render(StringBuilder out, Notation n) {
            renderOperand(out, a, n, PRODUCT);
            out.append('/');
            renderOperand(out, b, n, ATOM);
        }

        public int precedence() {
            return PRODUCT;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Quotient(a.substitute(f), b.substitute(f));
        }

        public void collectRefs(Set<String> out) {
            a.collectRefs(out);
            b.collectRefs(out);
        }
    }

    record Negation(Expr a) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return -a.eval(env);
        }

        public Interval interval(Function<String, Interval> env) {
            return a.interval(env).negate();
        }

        public void render(StringBuilder out, Notation n) {
            out.append('−');
            renderOperand(out, a, n, PRODUCT + 1);
        }

        public int precedence() {
            return UNARY;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Negation(a.substitute(f));
        }

        public void collectRefs(Set<String> out) {
            a.collectRefs(out);
        }
    }

    record Power(Expr base, int exponent) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return StrictMath.pow(base.eval(env), exponent);
        }

        public Interval interval(Function<String, Interval> env) {
            return base.interval(env).pow(exponent);
        }

        public void render(StringBuilder out, Notation n) {
            renderOperand(out, base, n, ATOM);
            out.append(n.power(exponent));
        }

        public int precedence() {
            return POWER;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Power(base.substitute(f), exponent);
        }

        public void collectRefs(Set<String> out) {
            base.collectRefs(out);
        }
    }

    /** A one-argument function: the activations, their derivatives where they need z, exp and ln. */
    record Call(Fn fn, Expr arg) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            return fn.apply(arg.eval(env));
        }

        public Interval interval(Function<String, Interval> env) {
            return fn.apply(arg.interval(env));
        }

        public void render(StringBuilder out, Notation n) {
            fn.render(out, arg, n);
        }

        public int precedence() {
            return fn.precedence();
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Call(fn, arg.substitute(f));
        }

        public void collectRefs(Set<String> out) {
            arg.collectRefs(out);
        }
    }

    /** Output k of a softmax over the pre-activations {@code zs}: exp(z_k) / Σ_j exp(z_j). */
    record Softmax(int k, List<Expr> zs) implements Expr {
        public double eval(ToDoubleFunction<String> env) {
            double[] v = zs.stream().mapToDouble(z -> z.eval(env)).toArray();
            double max = Double.NEGATIVE_INFINITY;
            for (double x : v) {
                max = Math.max(max, x);
            }
            double s = 0;
            for (double x : v) {
                s += StrictMath.exp(x - max);
            }
            return StrictMath.exp(v[k] - max) / s;
        }

        /** Tight bounds: softmax_k grows with z_k and falls with every other z_j. */
        public Interval interval(Function<String, Interval> env) {
            List<Interval> iv = zs.stream().map(z -> z.interval(env)).toList();
            return new Interval(bound(iv, true), bound(iv, false));
        }

        private double bound(List<Interval> iv, boolean lower) {
            double own = lower ? iv.get(k).lo() : iv.get(k).hi();
            double others = 0;
            for (int j = 0; j < iv.size(); j++) {
                if (j != k) {
                    others += StrictMath.exp((lower ? iv.get(j).hi() : iv.get(j).lo()) - own);
                }
            }
            return 1 / (1 + others);
        }

        public void render(StringBuilder out, Notation n) {
            out.append("exp(");
            renderLeading(out, zs.get(k), n, SUM);
            out.append(")/(");
            for (int j = 0; j < zs.size(); j++) {
                if (j > 0) {
                    out.append(" + ");
                }
                out.append("exp(");
                renderLeading(out, zs.get(j), n, SUM);
                out.append(')');
            }
            out.append(')');
        }

        public int precedence() {
            return PRODUCT;
        }

        public Expr substitute(Function<String, Expr> f) {
            return new Softmax(k, zs.stream().map(z -> z.substitute(f)).toList());
        }

        public void collectRefs(Set<String> out) {
            zs.forEach(z -> z.collectRefs(out));
        }
    }
}
