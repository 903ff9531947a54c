package backpropgrader.exercise;

import java.util.List;
import java.util.Map;

/**
 * An exercise family as an instructor writes it (README "Exercise families"): the structure every variant
 * shares, the grid each given value is drawn from, the constraints a variant must meet, what the sheet asks and
 * how it is marked. Read by {@link FamilyReader}; turned into one student's {@link Variant} by {@link Variants}.
 *
 * @param version part of every seed: changing it gives every student new numbers
 * @param grids   grid name (weights, w[2], x_1, targets, a, x0, …) → its values
 * @param asked   the asked keys, expanded from the family's patterns, in the family's order
 * @param marking the family's own marking settings (each null field falls back to the course's)
 * @param file    where the family was read from, for messages
 */
public record Family(String id, String version, String title, String source, FamilyStructure structure,
                     Map<String, Grid> grids, Constraints constraints, List<AskedItem> asked,
                     MarkingOverride marking, String file) {

    /** Whether every grid has a single value: every student gets the same numbers. */
    public boolean sameForEveryone() {
        boolean rate = !(structure instanceof FamilyStructure.Network n) || n.learningRate().size() == 1;
        return rate && grids.values().stream().allMatch(g -> g.size() == 1 && !g.oneHot());
    }
}
