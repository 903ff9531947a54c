package backpropgrader.engine;

import java.util.List;
import java.util.Optional;

/**
 * A quantity key of docs/KEYS.md, read into its parts: what it names, its layer, its node indices, its training
 * sample and its iteration. {@link #toString()} writes exactly the contract's spelling, and only that spelling
 * reads back ({@code z[1]_1(2)@2}, never {@code z[1]_1(0)}, {@code z[1]_1@1} or {@code z[01]_1}), so a key read and
 * written again is the same text. The chain-rule quiz's keys are keys too: {@code f_1}, {@code df_1/dx},
 * {@code df_1/dx|x0}, a function's coefficients ({@code a_1}: a of f_1), the point {@code x0} and the variable
 * {@code x}.
 *
 * <p>The index fields keep the contract's letters: {@code x_n}, {@code f_n} and a coefficient use {@code n};
 * {@code y_k}, {@code yhat_k} and every node of a layer ({@code b[l]_m}, {@code z[l]_m}, {@code h[l]_m},
 * {@code dJ/dz[l]_m}, {@code dJ/db[l]_m}) use {@code m}; a weight {@code w[l]_n,m} and its gradient use both. An
 * index, the layer or the sample a key does not write is 0; an iteration it does not write is 1. A gradient's
 * sample belongs to its J: {@code dJ(2)/dw[1]_1,1@2} has sample 2.
 *
 * <p>Order of use: {@link #read} where a text may or may not be a key ("is this a weight key?"), {@link #parse}
 * where it must be one; {@link #toString()} for its spelling. The graph is keyed by that text: the engine builds
 * it with the factories ({@link #z} …), other packages with {@link Keys}, which spells through them.
 *
 * @param coefficient the coefficient's name (a of a_1; a letter and digits), "" for every other kind
 * @param layer       l of {@code [l]}, 0 for kinds without a layer (the output {@code yhat_k} included)
 * @param sample      t of {@code (t)}, 0 when the key has none (one training sample, or a batch value)
 * @param iteration   k of {@code @k}, 1 when the key has none
 * @param isNew       a weight or bias after the update ({@code ,new})
 */
public record Key(Kind kind, String coefficient, int layer, int n, int m, int sample, int iteration, boolean isNew) {

    /** What a key names, with its spelling. */
    public enum Kind {
        /** {@code x_n}: input n. */
        X,
        /** {@code y_k}: target k. */
        Y,
        /** {@code lambda}: the learning rate. */
        LAMBDA,
        /** {@code w[l]_n,m}: the weight from node n of layer l−1 to node m of layer l. */
        W,
        /** {@code b[l]_m}: a bias. */
        B,
        /** {@code z[l]_m}: a pre-activation. */
        Z,
        /** {@code h[l]_m}: a hidden activation. */
        H,
        /** {@code yhat_k}: output k. */
        YHAT,
        /** {@code J}: the cost. */
        J,
        /** {@code dJ/dz[l]_m}: an error term. */
        DZ,
        /** {@code dJ/dw[l]_n,m}: a weight's gradient. */
        DW,
        /** {@code dJ/db[l]_m}: a bias's gradient. */
        DB,
        /** {@code f_n}: a function of the chain-rule quiz. */
        F,
        /** {@code df_n/dx}: its derivative, an expression in x. */
        DF,
        /** {@code df_n/dx|x0}: the derivative's value at the point. */
        DF_AT,
        /** {@code a_n}: a coefficient (here a) of the function f_n. */
        COEFFICIENT,
        /** {@code x0}: the point the derivatives are evaluated at. */
        POINT,
        /** {@code x}: the functions' variable. */
        VARIABLE;

        boolean hasLayer() {
            return this == W || this == B || this == Z || this == H || this == DZ || this == DW || this == DB;
        }

        boolean hasN() {
            return this == X || this == W || this == DW || this == F || this == DF || this == DF_AT
                    || this == COEFFICIENT;
        }

        boolean hasM() {
            return this == Y || this == W || this == B || this == Z || this == H || this == YHAT || this == DZ
                    || this == DW || this == DB;
        }

        boolean hasSample() {
            return this == X || this == Y || this == Z || this == H || this == YHAT || this == J || this == DZ
                    || this == DW || this == DB;
        }

        /** Inputs and targets never carry @k; weights and biases only after an update (w…,new@k). */
        boolean hasIteration() {
            return this == Z || this == H || this == YHAT || this == J || this == DZ || this == DW || this == DB;
        }

        boolean isDerivativeOfJ() {
            return this == DZ || this == DW || this == DB;
        }
    }

    static final String LEARNING_RATE = "lambda";
    static final String POINT = "x0";
    static final String VARIABLE = "x";

    public Key {
        if (kind == null || coefficient == null) {
            throw new IllegalArgumentException("a key needs a kind and a coefficient name (\"\" for none)");
        }
        check(kind.hasLayer() ? layer >= 1 : layer == 0, kind, "layer", layer);
        check(kind.hasN() ? n >= 1 : n == 0, kind, "n", n);
        check(kind.hasM() ? m >= 1 : m == 0, kind, "m", m);
        check(sample == 0 || sample >= 1 && kind.hasSample(), kind, "sample", sample);
        check(iteration == 1 || iteration >= 2 && (kind.hasIteration() || isNew), kind, "iteration", iteration);
        if (isNew && kind != Kind.W && kind != Kind.B) {
            throw new IllegalArgumentException(kind + " keys have no \",new\"");
        }
        if ((kind == Kind.COEFFICIENT) != isCoefficientName(coefficient)) {
            throw new IllegalArgumentException(kind == Kind.COEFFICIENT
                    ? "a coefficient is named by a letter and digits, not \"" + coefficient + "\""
                    : kind + " keys have no coefficient name");
        }
    }

    private static void check(boolean ok, Kind kind, String field, int value) {
        if (!ok) {
            throw new IllegalArgumentException("a " + kind + " key cannot have " + field + " " + value);
        }
    }

    /** A letter and then digits only: a, b2 (how a function template names its coefficients). */
    private static boolean isCoefficientName(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- factories: the one spelling of every key --------------------------------------------------------------

    private static Key of(Kind kind, int layer, int n, int m, int t, int k, boolean isNew) {
        return new Key(kind, "", layer, n, m, t, k, isNew);
    }

    static Key x(int n, int t) {
        return of(Kind.X, 0, n, 0, t, 1, false);
    }

    static Key y(int k, int t) {
        return of(Kind.Y, 0, 0, k, t, 1, false);
    }

    static Key learningRate() {
        return of(Kind.LAMBDA, 0, 0, 0, 0, 1, false);
    }

    static Key w(int l, int n, int m) {
        return of(Kind.W, l, n, m, 0, 1, false);
    }

    static Key b(int l, int m) {
        return of(Kind.B, l, 0, m, 0, 1, false);
    }

    /** The weight after the update of iteration k: w[l]_n,m,new (k = 1), w[l]_n,m,new@k. */
    static Key wNew(int l, int n, int m, int k) {
        return of(Kind.W, l, n, m, 0, k, true);
    }

    static Key bNew(int l, int m, int k) {
        return of(Kind.B, l, 0, m, 0, k, true);
    }

    static Key z(int l, int m, int t, int k) {
        return of(Kind.Z, l, 0, m, t, k, false);
    }

    static Key h(int l, int m, int t, int k) {
        return of(Kind.H, l, 0, m, t, k, false);
    }

    static Key yhat(int m, int t, int k) {
        return of(Kind.YHAT, 0, 0, m, t, k, false);
    }

    static Key cost(int t, int k) {
        return of(Kind.J, 0, 0, 0, t, k, false);
    }

    static Key dz(int l, int m, int t, int k) {
        return of(Kind.DZ, l, 0, m, t, k, false);
    }

    static Key dw(int l, int n, int m, int t, int k) {
        return of(Kind.DW, l, n, m, t, k, false);
    }

    static Key db(int l, int m, int t, int k) {
        return of(Kind.DB, l, 0, m, t, k, false);
    }

    static Key function(int n) {
        return of(Kind.F, 0, n, 0, 0, 1, false);
    }

    static Key derivative(int n) {
        return of(Kind.DF, 0, n, 0, 0, 1, false);
    }

    static Key derivativeAtPoint(int n) {
        return of(Kind.DF_AT, 0, n, 0, 0, 1, false);
    }

    /** The coefficient {@code name} of the function f_n: a of f_1 is a_1. */
    public static Key coefficient(String name, int n) {
        return new Key(Kind.COEFFICIENT, name, 0, n, 0, 0, 1, false);
    }

    public static Key point() {
        return of(Kind.POINT, 0, 0, 0, 0, 1, false);
    }

    static Key variable() {
        return of(Kind.VARIABLE, 0, 0, 0, 0, 1, false);
    }

    // ---- friends ------------------------------------------------------------------------------------------------

    /** The same quantity in iteration k (1: none); for a weight or bias only after an update. */
    public Key withIteration(int k) {
        return new Key(kind, coefficient, layer, n, m, sample, k, isNew);
    }

    /** Whether the key is a derivative: dJ/dz, dJ/dw, dJ/db, df_n/dx or df_n/dx|x0. */
    public boolean isDerivative() {
        return kind.isDerivativeOfJ() || kind == Kind.DF || kind == Kind.DF_AT;
    }

    /** Whether the key has a weight's two indices n, m: {@code w[l]_n,m…} or {@code dJ…/dw[l]_n,m…}. */
    public boolean hasWeightIndices() {
        return kind == Kind.W || kind == Kind.DW;
    }

    /**
     * The key with the weight's indices exchanged, every suffix kept: w[l]_n,m ↔ w[l]_m,n, dJ(2)/dw[1]_1,2@2 ↔
     * dJ(2)/dw[1]_2,1@2 (the catalogue's {@code swapped-indices}).
     *
     * @throws IllegalStateException for a key without a weight's two indices ({@link #hasWeightIndices()})
     */
    public Key swapped() {
        if (!hasWeightIndices()) {
            throw new IllegalStateException(this + " has no weight indices n, m to exchange");
        }
        return new Key(kind, coefficient, layer, m, n, sample, iteration, isNew);
    }

    /** For a derivative, what it differentiates by: w[l]_n,m for dJ/dw[l]_n,m, z for dJ/dz, b for dJ/db, x for df/dx. */
    public Key variableOfDerivative() {
        return switch (kind) {
            case DZ -> z(layer, m, 0, 1);
            case DW -> w(layer, n, m);
            case DB -> b(layer, m);
            case DF, DF_AT -> variable();
            default -> throw new IllegalStateException(this + " is not a derivative");
        };
    }

    /** For a derivative, what is differentiated: J(t) for dJ(t)/dw…, f_n for df_n/dx. */
    public Key differentiated() {
        return switch (kind) {
            case DZ, DW, DB -> cost(sample, 1);
            case DF, DF_AT -> function(n);
            default -> throw new IllegalStateException(this + " is not a derivative");
        };
    }

    /** The subscript indices in the order the key writes them: n, m for a weight; the one index otherwise. */
    public List<Integer> indices() {
        if (kind.hasN() && kind.hasM()) {
            return List.of(n, m);
        }
        return kind.hasN() ? List.of(n) : kind.hasM() ? List.of(m) : List.of();
    }

    /**
     * The key as the lecture writes it in text: ŷ_1, λ, ∂J/∂w[2]_1,1, and h_1 for h[1]_1 when the network has a
     * single hidden layer (the lecture's own networks).
     */
    public String display(boolean singleHiddenLayer) {
        return switch (kind) {
            case LAMBDA -> "λ";
            case YHAT -> "ŷ_" + m + suffixes();
            case DZ, DW, DB -> "∂J" + sampleSuffix() + "/∂" + variableOfDerivative() + iterationSuffix();
            case H -> singleHiddenLayer && layer == 1 ? "h_" + m + suffixes() : toString();
            default -> toString();
        };
    }

    /** The contract's spelling (docs/KEYS.md), the one {@link #parse} reads. */
    @Override
    public String toString() {
        return switch (kind) {
            case X -> "x_" + n + sampleSuffix();
            case Y -> "y_" + m + sampleSuffix();
            case LAMBDA -> LEARNING_RATE;
            case W -> "w[" + layer + "]_" + n + "," + m + newSuffix();
            case B -> "b[" + layer + "]_" + m + newSuffix();
            case Z -> "z[" + layer + "]_" + m + suffixes();
            case H -> "h[" + layer + "]_" + m + suffixes();
            case YHAT -> "yhat_" + m + suffixes();
            case J -> "J" + suffixes();
            case DZ, DW, DB -> "dJ" + sampleSuffix() + "/d" + variableOfDerivative() + iterationSuffix();
            case F -> "f_" + n;
            case DF -> "df_" + n + "/dx";
            case DF_AT -> "df_" + n + "/dx|" + POINT;
            case COEFFICIENT -> coefficient + "_" + n;
            case POINT -> POINT;
            case VARIABLE -> VARIABLE;
        };
    }

    private String suffixes() {
        return sampleSuffix() + iterationSuffix();
    }

    private String sampleSuffix() {
        return sample == 0 ? "" : "(" + sample + ")";
    }

    private String iterationSuffix() {
        return iteration == 1 ? "" : "@" + iteration;
    }

    private String newSuffix() {
        return isNew ? ",new" + iterationSuffix() : "";
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** The key {@code text} spells, or empty when it is not a key (not in the contract's exact spelling). */
    public static Optional<Key> read(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(new KeyReader(text).key());
    }

    /**
     * The key {@code text} spells.
     *
     * @throws IllegalArgumentException when it is not a key; use {@link #read} where that is an answer, not an error
     */
    public static Key parse(String text) {
        return read(text).orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a quantity key"
                + " (docs/KEYS.md: x_1, w[1]_2,1, z[1]_1(2)@2, dJ/dw[2]_1,1, …)"));
    }
}
