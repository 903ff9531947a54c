package backpropgrader.web;

import backpropgrader.engine.Numbers;
import backpropgrader.marking.Answer;
import backpropgrader.marking.AnswerParser;
import backpropgrader.marking.SymbolicAnswers;

/**
 * What the sheet says about one answer box while it is typed in: blank, a number (and what it is read as, when
 * that is not plain from what was typed), or a value the grader could not read and why — decided by the grader's
 * own {@link AnswerParser} (for a number) or {@link FunctionAnswers} (for an expression in x), so the sheet can
 * never accept what the grader refuses, nor the other way round.
 *
 * @param state   {@code blank}, {@code number}, {@code expression} (a formula in x that can be read) or
 *                {@code unreadable}
 * @param message for {@code unreadable}: why, as the grader's feedback will say it; else null
 * @param readAs  for a number: the value as the grader reads it ("−1.850", "0.75") when the typed text is not
 *                simply that number; else null. Written with a decimal point; the page puts it in its locale.
 */
public record AnswerCheck(String state, String message, String readAs) {

    /** @param decimals the places the sheet asks for (an expression's value is shown with two more) */
    public static AnswerCheck of(String typed, int decimals, boolean symbolic) {
        if (typed == null || typed.isBlank()) {
            return new AnswerCheck("blank", null, null);
        }
        return symbolic ? expression(typed) : number(typed, decimals);
    }

    private static AnswerCheck number(String typed, int decimals) {
        Answer a = AnswerParser.parse(typed);
        if (a.isInvalid()) {
            return new AnswerCheck("unreadable", a.problem(), null);
        }
        String shown = a.expression()
                ? Numbers.plain(Numbers.round(a.value(), Math.max(a.decimals(), decimals) + 2))
                : a.decimals() >= 0 ? Numbers.fixed(a.value(), a.decimals()) : Numbers.plain(a.value());
        return new AnswerCheck("number", null, plainlyTyped(typed, shown) ? null : shown);
    }

    private static AnswerCheck expression(String typed) {
        String problem = SymbolicAnswers.problem(typed);
        return problem == null ? new AnswerCheck("expression", null, null) : new AnswerCheck("unreadable", problem,
                null);
    }

    /** Whether the typed text already says the value: the same digits, whatever the minus sign or decimal mark. */
    private static boolean plainlyTyped(String typed, String shown) {
        String t = typed.strip().replace('−', '-').replace(',', '.');
        String s = shown.replace('−', '-');
        return t.equals(s) || t.equals("+" + s);
    }

    /** The check as the page reads it. */
    String toJson() {
        return new Json.Writer().put("state", state).put("message", message).put("readAs", readAs).toString();
    }
}
