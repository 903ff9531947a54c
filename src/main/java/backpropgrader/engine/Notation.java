package backpropgrader.engine;

import java.util.function.Function;

/**
 * How a formula is written: symbolically (keys shown in the lecture's notation) or with numbers substituted
 * for the keys. Constants and operators are written the same way in both.
 */
public interface Notation {

    /** The key as an operand: substituted negative numbers come in parentheses, "(−1.744)". */
    String ref(String key);

    /**
     * The key where a leading minus cannot be misread (the start of a sum, a function's argument): "−1.744".
     * A sum shows its later negative terms as subtractions of this text without its minus.
     */
    default String bare(String key) {
        return ref(key);
    }

    default String constant(double v) {
        return Numbers.plain(v);
    }

    default String times() {
        return "·";
    }

    default String power(int n) {
        return Numbers.superscript(n);
    }

    /** Keys shown as the lecture writes them: ŷ_1, ∂J/∂w[2]_1,1. */
    static Notation symbolic(Function<String, String> display) {
        return display::apply;
    }

    /** Numbers in place of keys, negative ones in parentheses, products with ×. */
    static Notation substituted(Function<String, String> valueText) {
        return new Notation() {
            public String ref(String key) {
                String v = bare(key);
                return v.startsWith("−") ? "(" + v + ")" : v;
            }

            public String bare(String key) {
                String v = valueText.apply(key);
                return v.startsWith("-") ? "−" + v.substring(1) : v;
            }

            public String times() {
                return " × ";
            }
        };
    }
}
