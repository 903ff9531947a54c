package backpropgrader.marking;

import backpropgrader.engine.Expr;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Checks an answer that is a function of x (the chain-rule quiz's df_1/dx) against the reference formula: both
 * are evaluated at seven seeded points away from the reference's singularities and must agree at every one, so
 * a constant, f itself or a near miss is rejected while any correct form ({@code 12x(2x^2-1)^2},
 * {@code 3*(2x**2 − 1)²·4x}) is accepted. What a person types is read by exp4j after {@link #normalise}.
 */
public final class FunctionAnswers {

    /** Points are drawn from this fixed seed: the same answer always gets the same verdict. */
    private static final long POINTS_SEED = 0x5EED_CA11L;
    private static final int POINTS = 7;

    private static final Function LN = new Function("ln", 1) {
        @Override
        public double apply(double... args) {
            return StrictMath.log(args[0]);
        }
    };

    private FunctionAnswers() {
    }

    /** Whether the typed expression is the same function of {@code variable} as {@code reference}. */
    public static boolean sameFunction(String typed, Expr reference, String variable) {
        Expression e;
        try {
            e = parse(typed, variable);
        } catch (IllegalArgumentException bad) {
            return false;
        }
        for (double p : points(reference, variable)) {
            double want = reference.eval(k -> k.equals(variable) ? p : Double.NaN);
            double got;
            try {
                got = e.setVariable(variable, p).evaluate();
            } catch (ArithmeticException | IllegalArgumentException ex) {
                return false;
            }
            if (!Double.isFinite(got) || Math.abs(got - want) > 1e-9 + 1e-6 * Math.abs(want)) {
                return false;
            }
        }
        return true;
    }

    /** The typed expression read as a function of {@code variable}; the exception's message says what is wrong. */
    public static Expression parse(String typed, String variable) {
        String s = normalise(typed);
        if (s.isBlank()) {
            throw new IllegalArgumentException("the answer is empty");
        }
        try {
            Expression e = new ExpressionBuilder(s).variables(variable).function(LN).implicitMultiplication(true).build();
            var validation = e.setVariable(variable, 1).validate(false);
            if (!validation.isValid()) {
                throw new IllegalArgumentException(String.join("; ", validation.getErrors()));
            }
            return e;
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("\"" + typed + "\" is not a formula in " + variable + ": "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * Unicode and habits to what exp4j reads — every dash as −, × · ⋅ as *, ÷ as /, ** and ² as powers, [ ] { } as
     * parentheses, a decimal comma, "f'(x) = " in front — for the generator's key and the grader's answers alike.
     */
    public static String normalise(String typed) {
        String s = typed.strip();
        int eq = s.lastIndexOf('=');
        if (eq >= 0) {
            s = s.substring(eq + 1);
        }
        StringBuilder plain = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            plain.append(switch (c) {
                case '−', '–', '—', '‒', '﹣', '－' -> '-';
                case '×', '·', '⋅', '∙', '✕' -> '*';
                case '÷', '∕' -> '/';
                case '[', '{' -> '(';
                case ']', '}' -> ')';
                case '\u00A0', '\u2009', '\u202F', '\t' -> ' ';
                default -> c;
            });
        }
        s = plain.toString().replace("**", "^").replaceAll("(\\d),(\\d)", "$1.$2");
        StringBuilder out = new StringBuilder();
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        boolean inPower = false;
        for (char c : s.toCharArray()) {
            int digit = sup.indexOf(c);
            if (digit >= 0 || c == '⁻') {
                out.append(inPower ? "" : "^(").append(c == '⁻' ? "-" : Integer.toString(digit));
                inPower = true;
                continue;
            }
            if (inPower) {
                out.append(')');
                inPower = false;
            }
            out.append(c);
        }
        return (inPower ? out.append(')') : out).toString().strip();
    }

    /** Seven points in [−2.5, 2.5], well apart, where the reference is finite and not near a pole. */
    static List<Double> points(Expr reference, String variable) {
        SplittableRandom rng = new SplittableRandom(POINTS_SEED);
        List<Double> out = new ArrayList<>();
        for (int tries = 0; out.size() < POINTS && tries < 1000; tries++) {
            double p = Math.round((rng.nextDouble() * 5 - 2.5) * 1000) / 1000.0;
            boolean apart = out.stream().allMatch(q -> Math.abs(q - p) > 0.1);
            if (apart && regular(reference, variable, p - 1e-3) && regular(reference, variable, p)
                    && regular(reference, variable, p + 1e-3)) {
                out.add(p);
            }
        }
        if (out.size() < 5) {
            throw new IllegalStateException("the reference formula has no five regular points in [−2.5, 2.5]");
        }
        return out;
    }

    private static boolean regular(Expr reference, String variable, double p) {
        double v = reference.eval(k -> k.equals(variable) ? p : Double.NaN);
        return Double.isFinite(v) && Math.abs(v) < 1e9;
    }
}
