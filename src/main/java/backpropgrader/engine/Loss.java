package backpropgrader.engine;

import java.util.Optional;

/** The lecture's three costs (section 2) with the reduction over samples each one uses there. */
public enum Loss {
    SQUARED_ERROR("squared-error", Reduction.MEAN),
    BINARY_CROSS_ENTROPY("binary-cross-entropy", Reduction.SUM),
    CROSS_ENTROPY("cross-entropy", Reduction.SUM);

    private final String id;
    private final Reduction lectureReduction;

    Loss(String id, Reduction lectureReduction) {
        this.id = id;
        this.lectureReduction = lectureReduction;
    }

    public String id() {
        return id;
    }

    public Reduction lectureReduction() {
        return lectureReduction;
    }

    public static Optional<Loss> parse(String s) {
        for (Loss l : values()) {
            if (l.id.equals(s)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** How the per-sample costs J(t) combine into J. */
    public enum Reduction {
        MEAN, SUM;

        public String id() {
            return this == MEAN ? "mean" : "sum";
        }

        public static Optional<Reduction> parse(String s) {
            return "mean".equals(s) ? Optional.of(MEAN) : "sum".equals(s) ? Optional.of(SUM) : Optional.empty();
        }
    }
}
