package backpropgrader.engine;

/**
 * Quantity keys as the text the graph is keyed by, spelt by {@link Key} (the one spelling of docs/KEYS.md).
 * {@code t} is the training sample (0 when there is only one, so no "(t)" appears) and {@code k} the iteration
 * (1 carries no "@k").
 */
public final class Keys {

    public static final String LEARNING_RATE = Key.LEARNING_RATE;

    private Keys() {
    }

    public static String x(int n, int t) {
        return Key.x(n, t).toString();
    }

    public static String y(int k, int t) {
        return Key.y(k, t).toString();
    }

    public static String w(int l, int n, int m) {
        return Key.w(l, n, m).toString();
    }

    public static String b(int l, int m) {
        return Key.b(l, m).toString();
    }

    /** The weight after the update of iteration k: w[l]_n,m,new (k = 1), w[l]_n,m,new@k. */
    public static String wNew(int l, int n, int m, int k) {
        return Key.wNew(l, n, m, k).toString();
    }

    static String bNew(int l, int m, int k) {
        return Key.bNew(l, m, k).toString();
    }

    /** The weight iteration k's forward pass uses: the initial one, or the one after k−1 updates. */
    static String wUsedIn(int l, int n, int m, int k) {
        return k == 1 ? w(l, n, m) : wNew(l, n, m, k - 1);
    }

    static String bUsedIn(int l, int m, int k) {
        return k == 1 ? b(l, m) : bNew(l, m, k - 1);
    }

    public static String z(int l, int m, int t, int k) {
        return Key.z(l, m, t, k).toString();
    }

    public static String h(int l, int m, int t, int k) {
        return Key.h(l, m, t, k).toString();
    }

    public static String yhat(int m, int t, int k) {
        return Key.yhat(m, t, k).toString();
    }

    public static String cost(int t, int k) {
        return Key.cost(t, k).toString();
    }

    static String dz(int l, int m, int t, int k) {
        return Key.dz(l, m, t, k).toString();
    }

    static String dw(int l, int n, int m, int t, int k) {
        return Key.dw(l, n, m, t, k).toString();
    }

    static String db(int l, int m, int t, int k) {
        return Key.db(l, m, t, k).toString();
    }

    /**
     * A key as the lecture writes it: ŷ_1, λ, ∂J/∂w[2]_1,1, and h_1 for h[1]_1 when the network has a single
     * hidden layer (the lecture's own networks); a text that is no key as it is.
     */
    public static String display(String key, boolean singleHiddenLayer) {
        return Key.read(key).map(k -> k.display(singleHiddenLayer)).orElse(key);
    }
}
