package backpropgrader.exercise;

import java.util.List;

/** The misconception catalogue of DESIGN.md §6: its names are part of the contract. */
public final class Misconceptions {

    public static final String SWAPPED_INDICES = "swapped-indices";

    public static final List<String> CATALOGUE = List.of("sign-error", "no-batch-mean", "missing-half",
            "wrong-activation-derivative", "pre-activation-for-activation", SWAPPED_INDICES,
            "updated-weights-in-backprop", "stale-weights", "no-learning-rate");

    private Misconceptions() {
    }
}
