package backpropgrader.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static backpropgrader.engine.Expr.num;

/**
 * Tidies a formula the way a person writes a derivative down: zeros and ones dropped, numbers multiplied into
 * one leading coefficient (in decimal arithmetic, so 3 × 0.1 stays 0.3), x¹ written x, a negative term written as
 * a subtraction. It never changes the value of the formula.
 */
final class Simplifier {

    private Simplifier() {
    }

    static Expr simplify(Expr e) {
        if (e instanceof Expr.Sum s) {
            return sumOf(s.terms().stream().map(Simplifier::simplify).toList());
        } else if (e instanceof Expr.Difference d) {
            return sumOf(List.of(simplify(d.a()), negated(simplify(d.b()))));
        } else if (e instanceof Expr.Negation n) {
            return negated(simplify(n.a()));
        } else if (e instanceof Expr.Product p) {
            return productOf(p.factors().stream().map(Simplifier::simplify).toList());
        } else if (e instanceof Expr.Quotient q) {
            Expr a = simplify(q.a());
            Expr b = simplify(q.b());
            if (isNum(a, 0) || isNum(b, 1)) {
                return a;
            }
            return new Expr.Quotient(a, b);
        } else if (e instanceof Expr.Power p) {
            Expr base = simplify(p.base());
            if (p.exponent() == 0) {
                return num(1);
            }
            if (p.exponent() == 1) {
                return base;
            }
            if (base instanceof Expr.Num n && n.text() == null && p.exponent() > 0) {
                return num(decimal(n).pow(p.exponent()).doubleValue());
            }
            return new Expr.Power(base, p.exponent());
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(c.fn(), simplify(c.arg()));
        }
        return e;
    }

    private static Expr negated(Expr e) {
        if (e instanceof Expr.Num n) {
            return num(decimal(n).negate().doubleValue() + 0.0);
        }
        if (e instanceof Expr.Negation n) {
            return n.a();
        }
        if (e instanceof Expr.Product p && p.factors().get(0) instanceof Expr.Num c) {
            List<Expr> rest = new ArrayList<>(p.factors());
            rest.set(0, negated(c));
            return productOf(rest);
        }
        return new Expr.Negation(e);
    }

    /** Flattened, zeros dropped, numbers added up (last), negative terms turned into subtractions. */
    private static Expr sumOf(List<Expr> terms) {
        List<Expr> flat = new ArrayList<>();
        BigDecimal constant = BigDecimal.ZERO;
        for (Expr t : terms) {
            List<Expr> parts = t instanceof Expr.Sum s ? s.terms() : List.of(t);
            for (Expr p : parts) {
                if (p instanceof Expr.Num n && n.text() == null) {
                    constant = constant.add(decimal(n));
                } else {
                    flat.add(p);
                }
            }
        }
        if (constant.signum() != 0 || flat.isEmpty()) {
            flat.add(num(constant.doubleValue()));
        }
        Expr out = flat.get(0);
        for (Expr t : flat.subList(1, flat.size())) {
            Expr positive = positivePart(t);
            out = positive != null ? new Expr.Difference(out, positive) : new Expr.Sum(List.of(out, t));
        }
        return flattenSums(out);
    }

    /** Sum(Sum(a, b), c) as Sum(a, b, c), keeping subtractions where they are. */
    private static Expr flattenSums(Expr e) {
        if (e instanceof Expr.Sum s && s.terms().get(0) instanceof Expr.Sum inner) {
            List<Expr> terms = new ArrayList<>(inner.terms());
            terms.addAll(s.terms().subList(1, s.terms().size()));
            return new Expr.Sum(terms);
        }
        return e;
    }

    /** For a term that reads negative (−5, −a, −3·x), the term without its sign; else null. */
    private static Expr positivePart(Expr t) {
        if (t instanceof Expr.Num n && n.value() < 0) {
            return negated(n);
        }
        if (t instanceof Expr.Negation n) {
            return n.a();
        }
        if (t instanceof Expr.Product p && p.factors().get(0) instanceof Expr.Num c && c.value() < 0) {
            return negated(p);
        }
        return null;
    }

    /** Flattened, numbers multiplied into one leading coefficient, ones dropped, zero absorbing; x before (…). */
    private static Expr productOf(List<Expr> factors) {
        List<Expr> flat = new ArrayList<>();
        BigDecimal[] constant = {BigDecimal.ONE};
        for (Expr f : factors) {
            collectFactors(f, flat, constant);
        }
        if (constant[0].signum() == 0) {
            return num(0);
        }
        flat.sort(Comparator.comparingInt(Simplifier::rank));
        if (constant[0].compareTo(BigDecimal.ONE.negate()) == 0 && !flat.isEmpty()) {
            return new Expr.Negation(flat.size() == 1 ? flat.get(0) : new Expr.Product(List.copyOf(flat)));
        }
        if (constant[0].compareTo(BigDecimal.ONE) != 0 || flat.isEmpty()) {
            flat.add(0, num(constant[0].doubleValue()));
        }
        return flat.size() == 1 ? flat.get(0) : new Expr.Product(List.copyOf(flat));
    }

    private static void collectFactors(Expr f, List<Expr> flat, BigDecimal[] constant) {
        if (f instanceof Expr.Product p) {
            p.factors().forEach(part -> collectFactors(part, flat, constant));
        } else if (f instanceof Expr.Negation n) {
            constant[0] = constant[0].negate();
            collectFactors(n.a(), flat, constant);
        } else if (f instanceof Expr.Num n && n.text() == null) {
            constant[0] = constant[0].multiply(decimal(n));
        } else {
            flat.add(f);
        }
    }

    /** Order of factors: plain symbols first, then their powers, then everything in parentheses. */
    private static int rank(Expr f) {
        if (f instanceof Expr.Ref) {
            return 0;
        }
        return f instanceof Expr.Power p && p.base() instanceof Expr.Ref ? 1 : 2;
    }

    private static boolean isNum(Expr e, double v) {
        return e instanceof Expr.Num n && n.value() == v;
    }

    private static BigDecimal decimal(Expr.Num n) {
        return BigDecimal.valueOf(n.value());
    }
}
