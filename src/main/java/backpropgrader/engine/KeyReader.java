package backpropgrader.engine;

import java.util.function.Supplier;

/**
 * Reads one key's text into a {@link Key}, left to right, accepting only the contract's exact spelling: numbers
 * without leading zeros, a sample only as (t) with t ≥ 1, an iteration only as @k with k ≥ 2. {@link #key()}
 * answers null for anything else, so that {@code Key.read(s).get().toString()} is always {@code s}.
 */
final class KeyReader {

    /** More digits than an int holds are not an index of any network. */
    private static final int MAX_DIGITS = 9;

    private final String text;
    private int pos;

    KeyReader(String text) {
        this.text = text;
    }

    /** The key, or null when the text is not one. */
    Key key() {
        Key k = whole(this::read);
        if (k == null) { // J_1 is not J: it is the coefficient J of f_1
            pos = 0;
            k = whole(this::indexed);
        }
        return k;
    }

    /** What {@code how} reads, when it reads the whole text. */
    private Key whole(Supplier<Key> how) {
        try {
            Key k = how.get();
            return k != null && pos == text.length() ? k : null;
        } catch (IllegalArgumentException notAKey) { // a coefficient name that is not a letter and digits
            return null;
        }
    }

    private Key read() {
        switch (text) {
            case Key.LEARNING_RATE:
                pos = text.length();
                return Key.learningRate();
            case Key.POINT:
                pos = text.length();
                return Key.point();
            case Key.VARIABLE:
                pos = text.length();
                return Key.variable();
            default:
                break;
        }
        if (eat("dJ")) {
            return gradient();
        }
        if (eat("df_")) {
            int n = number();
            if (n < 0 || !eat("/dx")) {
                return null;
            }
            return eat("|" + Key.POINT) ? Key.derivativeAtPoint(n) : Key.derivative(n);
        }
        if (eat("yhat_")) {
            int m = number();
            int t = sample();
            int k = iteration();
            return m < 0 || t < 0 || k < 0 ? null : Key.yhat(m, t, k);
        }
        if (eat("w[") || eat("b[")) {
            return weightOrBias(text.charAt(0) == 'w');
        }
        if (eat("z[") || eat("h[")) {
            boolean z = text.charAt(0) == 'z';
            int l = number();
            int m = eat("]_") ? number() : -1;
            int t = sample();
            int k = iteration();
            return l < 0 || m < 0 || t < 0 || k < 0 ? null : z ? Key.z(l, m, t, k) : Key.h(l, m, t, k);
        }
        if (eat("J")) {
            int t = sample();
            int k = iteration();
            return t < 0 || k < 0 ? null : Key.cost(t, k);
        }
        return null;
    }

    /** dJ(t)/dz[l]_m@k, dJ(t)/dw[l]_n,m@k, dJ(t)/db[l]_m@k, after the "dJ". */
    private Key gradient() {
        int t = sample();
        if (t < 0 || !eat("/d")) {
            return null;
        }
        char of = pos < text.length() ? text.charAt(pos) : ' ';
        if (!eat("z[") && !eat("w[") && !eat("b[")) {
            return null;
        }
        int l = number();
        int n = 0;
        if (!eat("]_")) {
            return null;
        }
        if (of == 'w') {
            n = number();
            if (n < 0 || !eat(",")) {
                return null;
            }
        }
        int m = number();
        int k = iteration();
        if (l < 0 || m < 0 || k < 0) {
            return null;
        }
        return of == 'w' ? Key.dw(l, n, m, t, k) : of == 'z' ? Key.dz(l, m, t, k) : Key.db(l, m, t, k);
    }

    /** w[l]_n,m or b[l]_m, then ",new" and @k, after the "w[" or "b[". */
    private Key weightOrBias(boolean weight) {
        int l = number();
        if (l < 0 || !eat("]_")) {
            return null;
        }
        int n = 0;
        if (weight) {
            n = number();
            if (n < 0 || !eat(",")) {
                return null;
            }
        }
        int m = number();
        if (m < 0) {
            return null;
        }
        if (!eat(",new")) {
            return weight ? Key.w(l, n, m) : Key.b(l, m);
        }
        int k = iteration();
        return k < 0 ? null : weight ? Key.wNew(l, n, m, k) : Key.bNew(l, m, k);
    }

    /** x_n(t), y_k(t), f_n, or a coefficient a_n: a name, "_", an index. */
    private Key indexed() {
        int underscore = text.indexOf('_');
        if (underscore < 1) {
            return null;
        }
        String name = text.substring(0, underscore);
        pos = underscore + 1;
        int i = number();
        if (i < 0) {
            return null;
        }
        return switch (name) {
            case "x", "y" -> {
                int t = sample();
                yield t < 0 ? null : name.equals("x") ? Key.x(i, t) : Key.y(i, t);
            }
            case "f" -> Key.function(i);
            default -> Key.coefficient(name, i); // not a letter and digits: the constructor refuses it
        };
    }

    private boolean eat(String s) {
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    /** A number ≥ 1 without leading zeros, or −1. */
    private int number() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        int digits = pos - start;
        if (digits == 0 || digits > MAX_DIGITS || text.charAt(start) == '0') {
            return -1;
        }
        return Integer.parseInt(text, start, pos, 10);
    }

    /** "(t)" → t, nothing → 0, anything else → −1. */
    private int sample() {
        if (!eat("(")) {
            return 0;
        }
        int t = number();
        return t >= 1 && eat(")") ? t : -1;
    }

    /** "@k" → k (k ≥ 2), nothing → 1, anything else → −1. */
    private int iteration() {
        if (!eat("@")) {
            return 1;
        }
        int k = number();
        return k >= 2 ? k : -1;
    }
}
