package backpropgrader.web;

import backpropgrader.engine.Misconception;
import backpropgrader.engine.Numbers;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import backpropgrader.marking.Audience;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Marker;
import backpropgrader.marking.ReasonSentence;
import backpropgrader.marking.Variant;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice page's Check: the grader's {@link Marker} on the page's variant and the student's typed answers,
 * and what the page shows of it as JSON — each item's verdict, points, correct value, the grader's reason and the
 * misconception that explains a wrong value (with its hint), then the worked solution in the lecture's steps,
 * with the student's own numbers where follow-through applied (as the feedback page does). Numbers are written
 * by the engine ({@link Numbers}, a decimal point); the page puts them in its locale.
 */
final class PracticeMarks {

    private PracticeMarks() {
    }

    /** @param typed asked key → the text typed (absent or blank: not answered) */
    static String mark(Variant v, Map<String, String> typed) {
        MarkedExercise m = Marker.mark(v, typed);
        int decimals = v.marking().decimals();
        Map<String, ItemResult> byKey = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        for (ItemResult i : m.items()) {
            byKey.put(i.key(), i);
            items.add(item(v, i, decimals));
        }
        return new Json.Writer().put("score", Numbers.plain(m.score())).put("max", Numbers.plain(v.maxPoints()))
                .raw("items", Json.array(items)).raw("worked", worked(m, byKey, decimals)).toString();
    }

    private static String item(Variant v, ItemResult i, int decimals) {
        Json.Writer w = new Json.Writer().put("key", i.key())
                .put("label", v.graph().has(i.key()) ? v.graph().display(i.key()) : i.key())
                .put("submitted", i.submitted()).put("verdict", i.verdict().id())
                .put("points", Numbers.plain(i.points())).put("max", Numbers.plain(i.max())).put("reason", i.reason());
        if (i.expected() instanceof Double d) {
            w.put("expected", d).put("expectedText", Numbers.fixed(d, decimals));
        } else {
            w.put("expectedText", (String) i.expected());
        }
        Misconception c = i.misconception() == null ? null : Misconception.byId(i.misconception()).orElse(null);
        w.put("misconception", i.misconception());
        if (c != null) {
            w.put("misconceptionTitle", c.title()).put("hint", ReasonSentence.hint(c, Audience.INSTRUCTOR));
        }
        return w.toString();
    }

    /** The worked solution: the student's own world where follow-through applied, else the reference. */
    private static String worked(MarkedExercise m, Map<String, ItemResult> items, int decimals) {
        boolean own = items.values().stream().anyMatch(i -> i.verdict() == Verdict.FOLLOW_THROUGH);
        Values values = own ? m.ownWorld() : m.variant().reference();
        List<String> sections = new ArrayList<>();
        // as the feedback page's: on the student's own path, each answer they gave stands in its step
        for (WorkedSolution.Section s : WorkedSolution.of(values, decimals,
                own ? m.ownValues().keySet() : java.util.Set.of())) {
            List<String> steps = new ArrayList<>();
            for (WorkedStep step : s.steps()) {
                boolean yoursInPlace = own && m.ownValues().containsKey(step.key());
                Json.Writer w = new Json.Writer().put("key", step.key()).put("line", line(step, yoursInPlace));
                ItemResult item = items.get(step.key());
                if (item != null) {
                    String typed = item.submitted() == null || item.submitted().isBlank() ? null
                            : item.submitted().strip();
                    w.put("yours", typed).put("verdict", item.verdict().id()).put("note", note(item, own,
                            yoursInPlace, typed));
                }
                steps.add(w.toString());
            }
            sections.add(new Json.Writer().put("title", s.title()).raw("steps", Json.array(steps)).toString());
        }
        return new Json.Writer().put("own", own).raw("sections", Json.array(sections)).toString();
    }

    /** What a step beside the student's answer says about it, as the feedback page's worked solution does. */
    private static String note(ItemResult item, boolean own, boolean yoursInPlace, String typed) {
        if (own && yoursInPlace && item.verdict() == Verdict.WRONG) {
            return "the steps below carry on from your value";
        }
        if (own && item.verdict() == Verdict.FOLLOW_THROUGH) {
            return "consistent with your earlier answers";
        }
        return own && typed == null ? "not answered: computed here from the steps above" : null;
    }

    /** The step's line; where the world holds the student's own number, an "exact" beside it would mislead. */
    private static String line(WorkedStep step, boolean yoursInPlace) {
        if (!yoursInPlace || step.exact() == null) {
            return step.line();
        }
        String numbers = step.substituted().equals(step.result()) ? "" : " = " + step.substituted();
        return step.symbol() + " = " + step.formula() + numbers + " = " + step.result();
    }
}
