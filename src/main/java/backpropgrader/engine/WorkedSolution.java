package backpropgrader.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole worked solution in the lecture's steps: the given data, then per iteration the forward pass, the
 * cost, the output-layer gradients, the hidden-layer gradients and the updates, and the forward pass after the
 * last update. Error terms appear as steps only where the lecture's written-out formulas would be too long. The
 * steps are one hand computation: each substitutes the numbers the steps before it show ({@link WorkedStep}).
 */
public final class WorkedSolution {

    /** A titled group of steps. */
    public record Section(String title, List<WorkedStep> steps) {
    }

    private WorkedSolution() {
    }

    /** The worked solution of {@code values} as one hand computation at {@code decimals} places. */
    public static List<Section> of(Values values, int decimals) {
        return of(values, decimals, Set.of());
    }

    /**
     * The same, for a world where the keys in {@code pinned} are somebody's own answers: their steps show what
     * the formula gives, and the steps after them carry on from the answer (at the sheet's decimals).
     */
    public static List<Section> of(Values values, int decimals, Set<String> pinned) {
        QuantityGraph g = values.graph();
        boolean showErrorTerms = g.showsErrorTermsAsSteps();
        Map<String, List<WorkedStep>> sections = new LinkedHashMap<>();
        WorkedStep.Shown shown = new WorkedStep.Shown(values, decimals, Set.copyOf(pinned));
        for (Quantity q : g.quantities()) {
            if (q.role() == Quantity.Role.ERROR_TERM && !showErrorTerms) {
                continue;
            }
            String title = g.step(q.key());
            sections.computeIfAbsent(title, t -> new ArrayList<>()).add(WorkedStep.of(shown, q.key()));
        }
        List<Section> out = new ArrayList<>();
        sections.forEach((t, s) -> out.add(new Section(t, List.copyOf(s))));
        return out;
    }

    /** Each quantity's step, in the graph's order: the section title its worked step is shown under. */
    static String[] titles(QuantityGraph g) {
        int depth = 0;
        for (Quantity q : g.quantities()) {
            depth = Math.max(depth, layerOf(q.key()));
        }
        int lastIteration = g.quantities().get(g.quantities().size() - 1).iteration();
        String[] out = new String[g.quantities().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = title(g.quantities().get(i), depth, lastIteration);
        }
        return out;
    }

    private static String title(Quantity q, int depth, int lastIteration) {
        int k = q.iteration();
        String round = k == 1 ? "" : lastIteration == k
                ? " (round " + k + ", after " + (k - 1 == 1 ? "the update" : (k - 1) + " updates") + ")"
                : " (round " + k + ")";
        return switch (q.role()) {
            case INPUT, TARGET, RATE, WEIGHT, BIAS -> "Given";
            case PRE_ACTIVATION, ACTIVATION, OUTPUT -> "Forward pass" + round;
            case SAMPLE_COST, COST -> "Cost" + round;
            case ERROR_TERM, GRADIENT -> depth == 0 ? "Derivatives" + round // a function of x, not a network
                    : (layerOf(q.key()) == depth ? "Output-layer gradients" : "Hidden-layer gradients")
                    + round;
            case UPDATE -> "Update weights" + round;
        };
    }

    /** The layer a key names ([l]), or 0 for keys without one. */
    private static int layerOf(String key) {
        return Key.read(key).map(Key::layer).orElse(0);
    }
}
