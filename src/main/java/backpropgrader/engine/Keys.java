package backpropgrader.engine;

/**
 * Quantity keys, exactly as DESIGN.md §4 spells them. {@code t} is the training sample (0 when there is only
 * one, so no "(t)" appears) and {@code k} the iteration (1 carries no "@k").
 */
public final class Keys {

    public static final String LEARNING_RATE = "lambda";

    private Keys() {
    }

    static String sample(int t) {
        return t == 0 ? "" : "(" + t + ")";
    }

    static String iteration(int k) {
        return k <= 1 ? "" : "@" + k;
    }

    public static String x(int n, int t) {
        return "x_" + n + sample(t);
    }

    public static String y(int k, int t) {
        return "y_" + k + sample(t);
    }

    public static String w(int l, int n, int m) {
        return "w[" + l + "]_" + n + "," + m;
    }

    public static String b(int l, int m) {
        return "b[" + l + "]_" + m;
    }

    /** The weight after the update of iteration k: w[l]_n,m,new (k = 1), w[l]_n,m,new@k. */
    public static String wNew(int l, int n, int m, int k) {
        return w(l, n, m) + ",new" + iteration(k);
    }

    public static String bNew(int l, int m, int k) {
        return b(l, m) + ",new" + iteration(k);
    }

    /** The weight iteration k's forward pass uses: the initial one, or the one after k−1 updates. */
    public static String wUsedIn(int l, int n, int m, int k) {
        return k == 1 ? w(l, n, m) : wNew(l, n, m, k - 1);
    }

    public static String bUsedIn(int l, int m, int k) {
        return k == 1 ? b(l, m) : bNew(l, m, k - 1);
    }

    public static String z(int l, int m, int t, int k) {
        return "z[" + l + "]_" + m + sample(t) + iteration(k);
    }

    public static String h(int l, int m, int t, int k) {
        return "h[" + l + "]_" + m + sample(t) + iteration(k);
    }

    public static String yhat(int m, int t, int k) {
        return "yhat_" + m + sample(t) + iteration(k);
    }

    public static String cost(int t, int k) {
        return "J" + sample(t) + iteration(k);
    }

    public static String dz(int l, int m, int t, int k) {
        return "dJ" + sample(t) + "/dz[" + l + "]_" + m + iteration(k);
    }

    public static String dw(int l, int n, int m, int t, int k) {
        return "dJ" + sample(t) + "/dw[" + l + "]_" + n + "," + m + iteration(k);
    }

    public static String db(int l, int m, int t, int k) {
        return "dJ" + sample(t) + "/db[" + l + "]_" + m + iteration(k);
    }

    /**
     * A key as the lecture writes it: ŷ_1, λ, ∂J/∂w[2]_1,1, and h_1 for h[1]_1 when the network has a single
     * hidden layer (the lecture's own networks).
     */
    public static String display(String key, boolean singleHiddenLayer) {
        String s = key;
        if (s.equals(LEARNING_RATE)) {
            return "λ";
        }
        if (s.startsWith("yhat_")) {
            s = "ŷ_" + s.substring(5);
        }
        if (s.startsWith("dJ")) {
            s = "∂J" + s.substring(2).replace("/d", "/∂");
        }
        if (singleHiddenLayer) {
            s = s.replace("h[1]_", "h_");
        }
        return s;
    }
}
