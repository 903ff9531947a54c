package backpropgrader.render;

import backpropgrader.kernel.Excerpt;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The worked solution on a student's feedback page, in the lecture's steps as the instructor's worked solutions
 * typeset them ({@link WorkedViews}), with the student's answer beside each asked step. Where follow-through
 * applied, the steps are those of the student's own world ({@link MarkedExercise#ownWorld()}): their answers
 * where they gave them, everything else computed from those, so they see the consistent path they took and the
 * step where it left the correct one.
 */
final class FeedbackWorked {

    private final WorkedViews steps;

    FeedbackWorked(NumberFormatter format) {
        this.steps = new WorkedViews(format);
    }

    /** The worked solution of one exercise; {@code items} are the student's results for it (overrides applied). */
    FeedbackView.Worked of(MarkedExercise m, Map<String, ItemResult> items, boolean expectedShown) {
        boolean own = items.values().stream().anyMatch(i -> i.verdict() == Verdict.FOLLOW_THROUGH);
        Values values = own ? m.ownWorld() : m.variant().reference();
        int decimals = m.variant().marking().decimals();
        List<FeedbackView.Section> sections = new ArrayList<>();
        for (WorkedSolution.Section s : WorkedSolution.of(values, decimals,
                own ? m.ownValues().keySet() : java.util.Set.of())) {
            List<FeedbackView.Step> out = new ArrayList<>();
            for (WorkedStep step : s.steps()) {
                WorkedView.Step math = steps.step(values, step, decimals, null);
                ItemResult item = items.get(step.key());
                boolean yoursInPlace = own && m.ownValues().containsKey(step.key());
                if (yoursInPlace) { // the world holds their number: an "exact" beside the formula's would mislead
                    math = new WorkedView.Step(math.key(), math.symbol(), math.formula(), math.substituted(),
                            math.result(), null, null);
                }
                boolean notAsked = item == null && !values.graph().get(step.key()).isGiven();
                out.add(new FeedbackView.Step(math, item == null ? null : yours(item, own, yoursInPlace), notAsked));
            }
            sections.add(new FeedbackView.Section(s.title(), List.copyOf(out)));
        }
        String rounding = "rounded to " + (decimals == 1 ? "1 decimal place" : decimals + " decimal places");
        String note = own
                ? "Follow-through applied here: some later answers of yours are not the correct values but are right"
                + " for your own earlier answers. So that you can follow that path, these steps use your own answers"
                + " where you gave them and carry them through the lecture's formulas (the numbers substituted are "
                + rounding + "). Where a step's result differs from what you wrote, that is where your path left the"
                + " correct one. Steps marked \"not asked\" are there so that the next ones follow."
                + (expectedShown ? " The correct values are in the table above." : "")
                : "Each step as in the lecture: the formula, the numbers substituted (" + rounding + ", as on the"
                + " sheet) and the result. Your answers are shown beside the steps that were asked; the steps"
                + " marked \"not asked\" are there so that the next ones follow.";
        return new FeedbackView.Worked(own ? "Worked solution with your own numbers" : "Worked solution", note, own,
                List.copyOf(sections));
    }

    private FeedbackView.Yours yours(ItemResult item, boolean own, boolean yoursInPlace) {
        FeedbackView.Mark mark = FeedbackView.Mark.of(item.verdict());
        String typed = item.submitted() == null || item.submitted().isBlank() ? null
                : Excerpt.of(item.submitted().strip(), Excerpt.ANSWER_CHARACTERS);
        String note = null;
        if (own && yoursInPlace && item.verdict() == Verdict.WRONG) {
            note = "the steps below carry on from your value";
        } else if (own && item.verdict() == Verdict.FOLLOW_THROUGH) {
            note = "consistent with your earlier answers";
        } else if (own && typed == null) {
            note = "not answered: computed here from the steps above";
        }
        return new FeedbackView.Yours(typed, mark, note);
    }
}
