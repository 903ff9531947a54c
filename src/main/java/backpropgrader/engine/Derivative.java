package backpropgrader.engine;

import java.util.ArrayList;
import java.util.List;

import static backpropgrader.engine.Expr.divide;
import static backpropgrader.engine.Expr.minus;
import static backpropgrader.engine.Expr.negate;
import static backpropgrader.engine.Expr.num;
import static backpropgrader.engine.Expr.pow;
import static backpropgrader.engine.Expr.product;
import static backpropgrader.engine.Expr.sum;

/**
 * The symbolic derivative of a formula in one variable, by the rules the lecture teaches: the sum rule, the
 * product rule ("left d right plus right d left"), the quotient rule and the chain rule for integer powers (and
 * for exp and ln). Every other reference is a constant. The result is tidied by {@link Simplifier}.
 */
final class Derivative {

    private Derivative() {
    }

    /** d e / d variable, simplified. Throws IllegalArgumentException for a node it has no rule for. */
    static Expr of(Expr e, String variable) {
        return Simplifier.simplify(raw(e, variable));
    }

    private static Expr raw(Expr e, String v) {
        if (e instanceof Expr.Num) {
            return num(0);
        } else if (e instanceof Expr.Ref r) {
            return num(r.key().equals(v) ? 1 : 0);
        } else if (e instanceof Expr.Sum s) {
            return sum(s.terms().stream().map(t -> raw(t, v)).toList());
        } else if (e instanceof Expr.Difference d) {
            return minus(raw(d.a(), v), raw(d.b(), v));
        } else if (e instanceof Expr.Negation n) {
            return negate(raw(n.a(), v));
        } else if (e instanceof Expr.Product p) {
            return productRule(p.factors(), v);
        } else if (e instanceof Expr.Quotient q) {
            return divide(minus(product(raw(q.a(), v), q.b()), product(q.a(), raw(q.b(), v))), pow(q.b(), 2));
        } else if (e instanceof Expr.Power p) { // chain rule: d(u^n) = n·u^(n−1)·du
            return product(num(p.exponent()), pow(p.base(), p.exponent() - 1), raw(p.base(), v));
        } else if (e instanceof Expr.Call c) {
            return product(outer(c), raw(c.arg(), v));
        }
        throw new IllegalArgumentException("no derivative rule for " + e + " here");
    }

    /** Σ_i f_i' · Π_{j≠i} f_j, the product rule for any number of factors. */
    private static Expr productRule(List<Expr> factors, String v) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            List<Expr> parts = new ArrayList<>(factors);
            parts.set(i, raw(factors.get(i), v));
            terms.add(product(parts.toArray(Expr[]::new)));
        }
        return sum(terms);
    }

    /** The outer function's derivative at the inner value. */
    private static Expr outer(Expr.Call c) {
        switch (c.fn()) {
            case EXP:
                return c;
            case LN:
                return divide(num(1), c.arg());
            default:
                throw new IllegalArgumentException("no derivative rule for " + c.fn() + " here");
        }
    }
}
