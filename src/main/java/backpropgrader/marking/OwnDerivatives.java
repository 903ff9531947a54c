package backpropgrader.marking;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Interval;
import backpropgrader.engine.Key;
import backpropgrader.engine.OneVariableFunction;
import net.objecthunter.exp4j.Expression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follow-through through the chain rule (docs/MARKING.md): a student who writes a wrong derivative df_n/dx and then
 * evaluates their own expression at x0 has done the second step right, and the value df_n/dx|x0 follows the
 * expression they wrote ({@link ChainRuleGraph#expressionKeyOf}). It does so when the expression is wrong but can
 * be read and evaluated at x0, and earns nothing when it makes the step trivial: a constant, or the function f_n
 * itself copied.
 */
final class OwnDerivatives {

    /**
     * The value a student's own expression gives at x0.
     *
     * @param trivial why evaluating it is trivial (a constant, the function itself), or null
     */
    record Own(String expressionKey, double value, Reason.Trivial trivial) {
    }

    private OwnDerivatives() {
    }

    /**
     * Value key → what the student's own wrong expression gives there, for the values whose expression can and
     * whose answer is not {@code accepted} as correct already.
     */
    static Map<String, Own> of(Variant v, Map<String, Answer> answers, java.util.Set<String> accepted) {
        Map<String, Own> out = new LinkedHashMap<>();
        for (Asked value : v.asked()) {
            String expressionKey = value.symbolic() || accepted.contains(value.key()) ? null
                    : ChainRuleGraph.expressionKeyOf(value.key());
            Asked expression = expressionKey == null ? null : v.asked().stream()
                    .filter(a -> a.symbolic() && a.key().equals(expressionKey)).findFirst().orElse(null);
            Answer typed = expression == null ? null : answers.get(expressionKey);
            if (typed == null || !(SymbolicAnswers.decide(expression, typed).reason() instanceof Reason.SymbolicWrong)) {
                continue; // not asked, blank, unreadable or correct: nothing of the student's own to follow
            }
            Expression e = FunctionAnswers.parse(typed.raw(), "x");
            double x0 = v.graph().get(ChainRuleGraph.POINT).given();
            double own = at(e, x0);
            if (Double.isFinite(own)) {
                out.put(value.key(), new Own(expressionKey, own, trivial(e, own, function(v, value.key()))));
            }
        }
        return out;
    }

    /** The decision when the answer is what the student's own expression gives at x0; null when it is not. */
    static Decision decide(Work w, String key, Answer a) {
        Own own = w.derivatives().get(key);
        if (own == null || !Tolerance.accepts(new Interval(own.value(), own.value()), own.value(), a.value(),
                a.decimals(), w.marking())) {
            return null;
        }
        List<Reason.Earlier> from = List.of(w.earlier(own.expressionKey()));
        return own.trivial() != null
                ? Decision.of(Verdict.WRONG, new Reason.NoFollowThrough(from, false, own.trivial(), w.correct(key)))
                : Decision.of(Verdict.FOLLOW_THROUGH, new Reason.FollowThrough(from, w.correct(key)));
    }

    /** A constant, or f itself: equal at every point the symbolic check uses. */
    private static Reason.Trivial trivial(Expression e, double atX0, OneVariableFunction f) {
        boolean constant = true;
        boolean itself = f != null;
        for (double x : SymbolicAnswers.POINTS) {
            double v = at(e, x);
            constant &= close(v, atX0);
            double fx = f == null ? Double.NaN : f.function().eval(k -> x);
            itself &= !Double.isFinite(fx) || close(v, fx);
        }
        return constant ? Reason.Trivial.CONSTANT : itself ? Reason.Trivial.FUNCTION : null;
    }

    private static OneVariableFunction function(Variant v, String valueKey) {
        String name = Key.parse(valueKey).differentiated().toString();
        return v.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static double at(Expression e, double x) {
        try {
            return e.setVariable("x", x).evaluate();
        } catch (RuntimeException notThere) {
            return Double.NaN;
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= SymbolicAnswers.RELATIVE * Math.max(1, Math.abs(b));
    }
}
