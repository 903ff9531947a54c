package backpropgrader.marking;

import backpropgrader.engine.Numbers;

import net.objecthunter.exp4j.Expression;

/**
 * Marks an answer that is an expression in x (the chain-rule quiz's derivative): it is correct when it agrees
 * with the reference expression at fixed points spread over [−2, 3] (points where the reference is not finite
 * are skipped), so that a constant, the function itself or a near miss is told apart from an equivalent form
 * such as {@code 12x(2x^2 - 1)^2} for {@code 12*x*(2*x**2-1)**2}.
 */
public final class SymbolicAnswers {

    static final double[] POINTS = {-1.9, -1.3, -0.7, -0.35, 0.3, 0.8, 1.4, 2.1, 2.9};
    static final double RELATIVE = 1e-6;
    private static final int MIN_POINTS = 5;

    private SymbolicAnswers() {
    }

    /**
     * Why a typed derivative cannot be read, in plain words (no parser's own message), or null when it can: the
     * one rule of the grader and of the sheet's check as it is typed ({@code web.AnswerCheck}).
     */
    public static String problem(String raw) {
        return read(raw).problem();
    }

    /** A typed derivative read: the expression, or (expression null) why it cannot be read. */
    private record Read(Expression expression, String problem) {
    }

    private static Read read(String raw) {
        String typed = raw.strip();
        if (typed.length() > AnswerParser.MAX_LENGTH) {
            return new Read(null, "the answer is " + typed.length() + " characters long; at most "
                    + AnswerParser.MAX_LENGTH + " are read");
        }
        try {
            return new Read(FunctionAnswers.parse(raw, "x"), null);
        } catch (RuntimeException e) {
            return new Read(null, "'" + typed + "' is not an expression in x that can be read; write it with x,"
                    + " numbers, + − × / ^ and brackets, such as 12x(2x^2 − 1)^2");
        }
    }

    static Decision decide(Asked asked, Answer a) {
        if (a.raw() == null || a.raw().isBlank()) {
            return Decision.of(Verdict.MISSING, Reason.MISSING);
        }
        Read typed = read(a.raw()); // parsed once: the problem, or the expression compared below
        if (typed.problem() != null) {
            return Decision.of(Verdict.WRONG, new Reason.Unreadable(typed.problem()));
        }
        Expression student = typed.expression();
        Expression reference = FunctionAnswers.parse(asked.expectedExpression(), "x");
        int checked = 0;
        for (double x : POINTS) {
            double r = reference.setVariable("x", x).evaluate();
            if (!Double.isFinite(r)) {
                continue;
            }
            checked++;
            double s;
            try {
                s = student.setVariable("x", x).evaluate();
            } catch (RuntimeException e) {
                s = Double.NaN;
            }
            if (!(Math.abs(s - r) <= RELATIVE * Math.max(1, Math.abs(r)))) {
                return Decision.of(Verdict.WRONG, new Reason.SymbolicWrong(x, Numbers.round(s, 6),
                        Numbers.round(r, 6), asked.expectedExpression()));
            }
        }
        if (checked < MIN_POINTS) {
            throw new IllegalStateException("the reference answer " + asked.expectedExpression() + " of "
                    + asked.key() + " is finite at only " + checked + " of the points checked; at least "
                    + MIN_POINTS + " are needed to compare expressions");
        }
        return Decision.of(Verdict.CORRECT, new Reason.SymbolicCorrect(asked.expectedExpression()));
    }
}
