package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Course;
import backpropgrader.marking.ItemResult;
import backpropgrader.engine.Misconception;
import backpropgrader.marking.Verdict;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's reason sentence (the marker's one decision, {@code ItemResult.reason}) as a student may read it: what
 * the course does not reveal taken out — the correct value when it hides expected values, the named mistake when
 * it hides misconceptions — and numbers in the page's locale. Should the marker's wording ever slip past these
 * rules, the page falls back to a sentence that says only the verdict: a reason never leaks what is hidden.
 */
final class Reasons {

    /** A correct value as the marker writes it: "−0.38855 (−0.389 at 3 decimal places)" or "1.25". */
    private static final String VALUE = "[−-]?\\d+(?:\\.\\d+)?(?:E[−-]?\\d+)?(?: \\([−-]?\\d+(?:\\.\\d+)? at \\d+ decimal places?\\))?";

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    private static final List<Rule> HIDE_EXPECTED = List.of(
            Rule.of("^Wrong: the correct value is " + VALUE + "\\.", "Wrong: not the correct value."),
            Rule.of("; the correct value is " + VALUE + "\\.", ", which is not the correct value."),
            Rule.of(" The correct value is " + VALUE + "\\.", ""),
            Rule.of("not the correct value, which is " + VALUE + ", but", "not the correct value, but"),
            Rule.of(", the derivative " + VALUE + "; the correct derivative is .*\\.$",
                    ", which is not the value of the derivative there."),
            Rule.of("^Correct: equal to .* at every point checked\\.$",
                    "Correct: equal to the derivative at every point checked."));
    private static final Pattern STILL_EXPECTED = Pattern.compile("(?i)correct (value|derivative)");

    private static final Pattern NAMED_MISTAKE = Pattern.compile(" Your value (fits a known mistake|is that of)\\b.*$");

    /** A decimal point between digits, not inside a key (w[2]_1,1 has none) nor in quoted text as typed. */
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.,])([−-]?\\d+)\\.(\\d+)");

    /** 'as typed', but not the apostrophe of "the sheet's". */
    private static final Pattern QUOTED = Pattern.compile("(?<!\\p{L})'[^']*'(?!\\p{L})");

    private Reasons() {
    }

    static String shown(ItemResult item, Course.Feedback reveal, NumberFormatter format) {
        String r = item.reason() == null ? "" : item.reason();
        if (!reveal.expected()) {
            for (Rule rule : HIDE_EXPECTED) {
                r = rule.pattern().matcher(r).replaceAll(Matcher.quoteReplacement(rule.replacement()));
            }
            if (STILL_EXPECTED.matcher(r.replace("not the correct value", "")).find() || showsExpected(r, item)) {
                return plain(item);
            }
        }
        if (!reveal.misconceptions() && item.misconception() != null) {
            r = NAMED_MISTAKE.matcher(r).replaceAll("");
            String title = Misconception.byId(item.misconception()).map(Misconception::title).orElse(item.misconception());
            if (r.contains(title) || r.contains(item.misconception())) {
                return plain(item);
            }
        }
        return format.usesDecimalComma() ? localise(r, format) : r;
    }

    /** Whether a wrong item's reason still holds its correct value, written at 2 to 6 places or as an expression. */
    private static boolean showsExpected(String r, ItemResult item) {
        if (item.verdict() == Verdict.CORRECT) {
            return false; // their own answer is the value
        }
        if (item.expected() instanceof String expression) {
            return !expression.isBlank() && r.contains(expression);
        }
        double x = (Double) item.expected();
        for (int d = 2; d <= 6; d++) {
            if (r.contains(Numbers.fixed(x, d)) || r.contains(Numbers.beyond(x, d))) {
                return true;
            }
        }
        return false;
    }

    /** The verdict alone, for a reason that cannot be shown as it is. */
    private static String plain(ItemResult item) {
        return switch (item.verdict()) {
            case CORRECT -> "Correct.";
            case FOLLOW_THROUGH -> "Follow-through: not the correct value, but what your own earlier answers give.";
            case WRONG -> "Wrong: not the correct value.";
            case MISSING -> "Not answered.";
        };
    }

    /** Numbers in the page's locale; text in single quotes is the student's as typed and stays as it is. */
    private static String localise(String r, NumberFormatter format) {
        StringBuilder out = new StringBuilder(r.length());
        Matcher q = QUOTED.matcher(r);
        int from = 0;
        while (q.find()) {
            out.append(localiseNumbers(r.substring(from, q.start()), format)).append(q.group());
            from = q.end();
        }
        return out.append(localiseNumbers(r.substring(from), format)).toString();
    }

    private static String localiseNumbers(String s, NumberFormatter format) {
        Matcher m = DECIMAL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(format.localise(m.group())));
        }
        return m.appendTail(out).toString();
    }
}
