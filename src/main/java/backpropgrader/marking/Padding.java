package backpropgrader.marking;

import backpropgrader.engine.Interval;

import java.util.List;

/**
 * The one rule for an answer with fewer decimals than the sheet asks (docs/MARKING.md, Decimals): it is read as if
 * padded with zeros — on a 3-place sheet {@code 0.25} stands for 0.250 — and judged by the usual rule, in
 * {@link Tolerance#window}, which every verdict uses. This class only finds the answers that rule decides: wrong
 * as read, but right as written (its own, wider window would meet what a hand computation reaches, or what the
 * student's own earlier answers give), so that the reason can say it.
 */
final class Padding {

    private Padding() {
    }

    /** Why the answer is wrong when the padding is what makes it so; null when it is not. */
    static Reason.FewerDecimals decides(Work w, String key, Answer a) {
        int sheet = w.decimals();
        String typed = a.raw().strip();
        if (a.expression() || a.decimals() < 0 || a.decimals() >= sheet || typed.indexOf('e') >= 0
                || typed.indexOf('E') >= 0) {
            return null; // an expression's places say nothing about where the writer stopped
        }
        Interval asWritten = Interval.roundingWindow(a.value(), a.decimals());
        if (asWritten.meets(w.reference().reach(key))) {
            return new Reason.FewerDecimals(w.correct(key), typed, padded(typed, sheet - a.decimals()), List.of());
        }
        List<String> wrong = w.wrongUpstream(key);
        if (!wrong.isEmpty() && asWritten.meets(w.world().reach(key))) {
            return new Reason.FewerDecimals(w.correct(key), typed, padded(typed, sheet - a.decimals()),
                    w.nearestEarlier(wrong));
        }
        return null;
    }

    /** The typed text with {@code zeros} more places: "0.08" → "0.080", "4" → "4.000", "0,5" → "0,500". */
    static String padded(String typed, int zeros) {
        boolean mark = typed.indexOf('.') >= 0 || typed.indexOf(',') >= 0;
        return typed + (mark ? "" : ".") + "0".repeat(zeros);
    }
}
