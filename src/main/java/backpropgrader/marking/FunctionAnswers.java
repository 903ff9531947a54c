package backpropgrader.marking;

import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;

/**
 * Reads an answer that is a function of x (the chain-rule quiz's df_1/dx) as a person types it —
 * {@code 12x(2x^2-1)^2}, {@code 3*(2x**2 − 1)²·4x} — and the generator's key alike: exp4j after
 * {@link #normalise}. Whether an answer is the right function is {@code SymbolicAnswers}' one rule.
 */
public final class FunctionAnswers {

    private static final Function LN = new Function("ln", 1) {
        @Override
        public double apply(double... args) {
            return StrictMath.log(args[0]);
        }
    };

    private FunctionAnswers() {
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
    static String normalise(String typed) {
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
}
