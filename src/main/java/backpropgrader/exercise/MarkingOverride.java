package backpropgrader.exercise;

import backpropgrader.marking.Marking;

/**
 * A family's own marking settings; each null field falls back to the course's (docs/MARKING.md: family settings
 * override course settings).
 */
public record MarkingOverride(Integer decimals, Double absolute, Double relative, Double followThroughCredit) {

    public static final MarkingOverride NONE = new MarkingOverride(null, null, null, null);

    public Marking over(Marking course) {
        return new Marking(decimals != null ? decimals : course.decimals(),
                absolute != null ? absolute : course.absolute(),
                relative != null ? relative : course.relative(),
                followThroughCredit != null ? followThroughCredit : course.followThroughCredit());
    }
}
