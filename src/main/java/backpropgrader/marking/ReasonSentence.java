package backpropgrader.marking;

import backpropgrader.engine.Misconception;
import backpropgrader.engine.Numbers;

import java.util.List;

/**
 * The one place a {@link Reason} becomes a sentence, for an {@link Audience}. The instructor's sentence says
 * everything; for a student whose course hides the correct values the same sentence is written without them
 * (and without the reference expression), and one whose course hides misconceptions reads no named mistake.
 * Numbers the engine computed are written in the reader's locale, quantities in the reader's {@link KeyStyle};
 * what the student typed is quoted as typed (escaped for an HTML reader).
 */
public final class ReasonSentence {

    private ReasonSentence() {
    }

    public static String of(Reason r, Audience a) {
        if (r instanceof Reason.WithinRounding) {
            return "Correct: within rounding of the exact value.";
        }
        if (r instanceof Reason.WithinTolerance) {
            return "Correct: within the tolerance of the exact value.";
        }
        if (r instanceof Reason.OwnCorrect) {
            return "Correct: this is what your own earlier answers give, and they are correct to the sheet's"
                    + " rounding.";
        }
        if (r instanceof Reason.Missing) {
            return "Not answered.";
        }
        if (r instanceof Reason.Unreadable u) {
            return "Wrong: " + a.keys().text(u.problem()) + ".";
        }
        if (r instanceof Reason.FollowThrough f) {
            return "Follow-through: not the correct value" + (a.expected() ? ", which is " + correct(f.correct(), a)
                    : "") + ", but what " + yourEarlier(f.from(), a) + ".";
        }
        if (r instanceof Reason.FollowThroughWithMistake f) {
            return "Follow-through: not the correct value" + (a.expected() ? ", which is " + correct(f.correct(), a)
                    : "") + ", but what " + yourEarlier(f.from(), a) + " with the same mistake"
                    + (a.misconceptions() ? " (" + f.misconception().title() + ")" : "")
                    + " in quantities the sheet did not ask.";
        }
        if (r instanceof Reason.NoFollowThrough n) {
            return "Wrong, and no follow-through: this is what " + yourEarlier(n.from(), a) + ", but "
                    + (n.thisValue() ? "this value " + trivial(n.trivial(), a) + ", which makes the work trivial."
                    : "that answer " + trivial(n.trivial(), a) + ", which makes the later work trivial.")
                    + (a.expected() ? " The correct value is " + correct(n.correct(), a) + "." : "");
        }
        if (r instanceof Reason.Wrong w) {
            return wrong(w.correct(), w.gives(), a)
                    + (w.notFrom().isEmpty() ? "" : " Nor is it what " + yourEarlier(w.notFrom(), a) + ".");
        }
        if (r instanceof Reason.FewerDecimals f) {
            return fewerDecimals(f, a);
        }
        if (r instanceof Reason.Mistake m) {
            return wrong(m.correct(), m.gives(), a) + (a.misconceptions() ? named(m, a) : "");
        }
        if (r instanceof Reason.SymbolicWrong s) {
            return "Wrong: at x = " + number(s.x(), a) + " your expression gives " + number(s.gives(), a)
                    + (a.expected() ? ", the derivative " + number(s.derivative(), a) + "; the correct derivative is "
                    + expression(s.expected(), a) + "." : ", which is not the value of the derivative there.");
        }
        if (r instanceof Reason.SymbolicCorrect c) {
            return "Correct: equal to " + (a.expected() ? expression(c.expected(), a) : "the derivative")
                    + " at every point checked.";
        }
        if (r instanceof Reason.Adjusted adjusted) {
            String before = of(adjusted.before(), a);
            return "Before your instructor's adjustment: " + Character.toLowerCase(before.charAt(0))
                    + before.substring(1);
        }
        if (r instanceof Reason.Recorded recorded) {
            return recorded(recorded, a);
        }
        throw new IllegalArgumentException("no sentence for the reason " + r);
    }

    /**
     * A misconception's hint ({@link Misconception#hint}) for this reader: the words as they are (escaped for HTML),
     * each quantity between backquotes in the reader's notation.
     */
    public static String hint(Misconception m, Audience a) {
        String[] parts = m.hint().split("`", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 0 ? a.keys().text(parts[i]) : a.keys().key(parts[i]));
        }
        return out.toString();
    }

    /** "Wrong: the correct value is …." or, hidden, "Wrong: not the correct value."; with an expression's value. */
    private static String wrong(Reason.Correct correct, Double gives, Audience a) {
        String expression = gives == null ? null : "your expression gives " + number(gives, a);
        if (!a.expected()) {
            return expression == null ? "Wrong: not the correct value."
                    : "Wrong: " + expression + ", which is not the correct value.";
        }
        return "Wrong: " + (expression == null ? "" : expression + "; ") + "the correct value is "
                + correct(correct, a) + ".";
    }

    /**
     * "Wrong: the sheet asks for 3 decimal places; 0.08 read as 0.080 is not within rounding of the correct value,
     * which is 0.0759 (0.076 at 3 decimal places)." — or "… is not what your earlier answer ŷ_1 = 1.9 gives."
     */
    private static String fewerDecimals(Reason.FewerDecimals f, Audience a) {
        int d = f.correct().decimals();
        String start = "Wrong: the sheet asks for " + d + (d == 1 ? " decimal place; " : " decimal places; ")
                + f.typed() + " read as " + f.readAs();
        if (f.from().isEmpty()) {
            return start + " is not within rounding of the correct value"
                    + (a.expected() ? ", which is " + correct(f.correct(), a) : "") + ".";
        }
        return start + " is not what " + yourEarlier(f.from(), a) + "."
                + (a.expected() ? " The correct value is " + correct(f.correct(), a) + "." : "");
    }

    /** The mistake named: " Your value fits a known mistake in ∂J/∂z[1]_1 (not asked): …, which gives 0.123." */
    private static String named(Reason.Mistake m, Audience a) {
        String title = a.keys().text(m.misconception().title());
        if (m.misconception() == Misconception.SWAPPED_INDICES) {
            return " Your value is that of " + a.keys().key(m.notation()) + ": " + title + ".";
        }
        String where = switch (m.place()) {
            case THIS_ITEM -> "";
            case ASKED -> " in " + a.keys().key(m.notation());
            case NOT_ASKED -> " in " + a.keys().key(m.notation()) + " (not asked)";
        };
        return " Your value fits a known mistake" + where + ": " + title + ", which gives "
                + a.numbers().localise(Numbers.fixed(m.value(), m.correct().decimals())) + ".";
    }

    /** The exact value with enough places, and its rounding at the sheet's: "−0.3885 (−0.389 at 3 decimal places)". */
    private static String correct(Reason.Correct c, Audience a) {
        String plain = Numbers.plain(c.value());
        int d = c.decimals();
        if (Numbers.decimalsOf(plain) <= d) {
            return a.numbers().localise(plain); // an exact short decimal: 1.25
        }
        return a.numbers().localise(Numbers.beyond(c.value(), d)) + " ("
                + a.numbers().localise(Numbers.fixed(c.value(), d)) + " at " + d + " decimal places)";
    }

    private static String number(double v, Audience a) {
        return a.numbers().localise(Numbers.plain(v));
    }

    /** A reference expression in x ("12·x·(2·x^2 − 1)^2") in the reader's numbers. */
    private static String expression(String engineText, Audience a) {
        return a.keys().text(a.numbers().localise(engineText));
    }

    private static String trivial(Reason.Trivial t, Audience a) {
        return switch (t.what()) {
            case "zero" -> "is 0";
            case "one" -> "is 1";
            case "constant" -> "is a constant";
            case "function" -> "is the function itself, not its derivative";
            default -> "equals " + a.keys().key(t.givenNotation()) + ", a given value";
        };
    }

    /** The earlier answers as a subject, with its verb: "your earlier answer ŷ_1 = 1.9 gives". */
    private static String yourEarlier(List<Reason.Earlier> from, Audience a) {
        List<String> shown = from.stream().map(e -> a.keys().key(e.notation()) + " = " + a.keys().text(e.typed()))
                .toList();
        if (shown.size() == 1) {
            return "your earlier answer " + shown.get(0) + " gives";
        }
        return "your earlier answers " + String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
                + shown.get(shown.size() - 1) + " give";
    }

    /**
     * A sentence read back from a results file cannot be taken apart: it is shown whole only to a reader who may
     * see everything and writes numbers as the engine does; anyone else reads what its kind says.
     */
    private static String recorded(Reason.Recorded r, Audience a) {
        if (a.expected() && a.misconceptions() && a.numbers().localise("0.5").equals("0.5")) {
            return a.keys().text(r.sentence());
        }
        return switch (r.kind()) {
            case "rounding", "tolerance", "own-correct", "symbolic-correct" -> "Correct.";
            case "follow-through", "follow-through-mistake" ->
                    "Follow-through: not the correct value, but what your own earlier answers give.";
            case "missing" -> "Not answered.";
            case "adjusted" -> "Adjusted by your instructor.";
            default -> "Wrong: not the correct value.";
        };
    }
}
