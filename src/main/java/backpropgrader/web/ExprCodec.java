package backpropgrader.web;

import backpropgrader.engine.Expr;
import backpropgrader.engine.Fn;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula as JSON and back, node for node, so that a practice page rebuilds exactly the formulas the JVM drew
 * (a chain-rule variant's functions): {@code ["n", value, text]}, {@code ["r", key]}, {@code ["+", terms…]},
 * {@code ["*", factors…]}, {@code ["-", a, b]}, {@code ["/", a, b]}, {@code ["neg", a]}, {@code ["^", base, n]},
 * {@code ["fn", name, arg]}, {@code ["softmax", k, zs…]}.
 */
final class ExprCodec {

    private ExprCodec() {
    }

    static String encode(Expr e) {
        List<String> parts = new ArrayList<>();
        if (e instanceof Expr.Num n) {
            parts.add(Json.quote("n"));
            parts.add(Json.number(n.value()));
            parts.add(n.text() == null ? "null" : Json.quote(n.text()));
        } else if (e instanceof Expr.Ref r) {
            parts.add(Json.quote("r"));
            parts.add(Json.quote(r.key()));
        } else if (e instanceof Expr.Sum s) {
            parts.add(Json.quote("+"));
            s.terms().forEach(t -> parts.add(encode(t)));
        } else if (e instanceof Expr.Product p) {
            parts.add(Json.quote("*"));
            p.factors().forEach(f -> parts.add(encode(f)));
        } else if (e instanceof Expr.Difference d) {
            parts.addAll(List.of(Json.quote("-"), encode(d.a()), encode(d.b())));
        } else if (e instanceof Expr.Quotient q) {
            parts.addAll(List.of(Json.quote("/"), encode(q.a()), encode(q.b())));
        } else if (e instanceof Expr.Negation n) {
            parts.addAll(List.of(Json.quote("neg"), encode(n.a())));
        } else if (e instanceof Expr.Power p) {
            parts.addAll(List.of(Json.quote("^"), encode(p.base()), Integer.toString(p.exponent())));
        } else if (e instanceof Expr.Call c) {
            parts.addAll(List.of(Json.quote("fn"), Json.quote(c.fn().name()), encode(c.arg())));
        } else if (e instanceof Expr.Softmax s) {
            parts.add(Json.quote("softmax"));
            parts.add(Integer.toString(s.k()));
            s.zs().forEach(z -> parts.add(encode(z)));
        } else {
            throw new IllegalArgumentException("no JSON form for the formula " + e);
        }
        return Json.array(parts);
    }

    static Expr decode(Object json) {
        List<?> a = (List<?>) json;
        String kind = (String) a.get(0);
        return switch (kind) {
            case "n" -> new Expr.Num((Double) a.get(1), (String) a.get(2));
            case "r" -> new Expr.Ref((String) a.get(1));
            case "+" -> new Expr.Sum(rest(a, 1));
            case "*" -> new Expr.Product(rest(a, 1));
            case "-" -> new Expr.Difference(decode(a.get(1)), decode(a.get(2)));
            case "/" -> new Expr.Quotient(decode(a.get(1)), decode(a.get(2)));
            case "neg" -> new Expr.Negation(decode(a.get(1)));
            case "^" -> new Expr.Power(decode(a.get(1)), ((Double) a.get(2)).intValue());
            case "fn" -> new Expr.Call(fn((String) a.get(1)), decode(a.get(2)));
            case "softmax" -> new Expr.Softmax(((Double) a.get(1)).intValue(), rest(a, 2));
            default -> throw new IllegalArgumentException("no formula of kind '" + kind + "'");
        };
    }

    private static List<Expr> rest(List<?> a, int from) {
        List<Expr> out = new ArrayList<>();
        for (int i = from; i < a.size(); i++) {
            out.add(decode(a.get(i)));
        }
        return List.copyOf(out);
    }

    /** By name, without {@code Enum.valueOf} (which a browser build may not have). */
    private static Fn fn(String name) {
        for (Fn f : Fn.values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no function '" + name + "'");
    }
}
