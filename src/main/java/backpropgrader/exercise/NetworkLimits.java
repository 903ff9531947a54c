package backpropgrader.exercise;

/**
 * How large a network {@code solve}, {@code check} and the family readers accept (README "Limits"): far beyond
 * the lecture's 2-2-1 and any hand-worked exercise, small enough that every quantity of it, its worked solution
 * and its follow-through fit in memory in a moment. A file beyond one is refused (exit 65) naming the file, the
 * field, the limit and what was found.
 */
final class NetworkLimits {

    /** Entries of {@code layers}, the input layer included. */
    static final int LAYERS = 8;
    static final int NODES_PER_LAYER = 64;
    /** Weights of the whole network (every w[l]_n,m). */
    static final int WEIGHTS = 10_000;
    static final int SAMPLES = 1_000;
    static final int STEPS = 100;

    private NetworkLimits() {
    }
}
