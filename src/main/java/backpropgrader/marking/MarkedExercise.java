package backpropgrader.marking;

import backpropgrader.engine.Values;

import java.util.List;
import java.util.Map;

/**
 * One exercise of one student, marked: what the feedback page needs besides the items — the answers as parsed
 * and the student's own numbers, from which {@code variant.graph().evaluateWith(ownValues)} gives the worked
 * solution with their own values where follow-through applied.
 *
 * @param answers   asked key → the parsed answer (blank ones included)
 * @param ownValues answered numeric key → the number written
 */
public record MarkedExercise(Variant variant, AnswerKey key, Map<String, Answer> answers, List<ItemResult> items,
                             Map<String, Double> ownValues) {

    /** Every quantity as the student's own answers make it (their answers where given, the rest computed). */
    public Values ownWorld() {
        return variant.graph().evaluateWith(ownValues);
    }

    public double score() {
        return items.stream().mapToDouble(ItemResult::points).sum();
    }
}
