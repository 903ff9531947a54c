package backpropgrader.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One named number of the lecture: its key, what it is, its formula over its parents (none for a given value)
 * and the alternative formulas of the catalogued mistakes that start at this node.
 *
 * @param given        the value of a given quantity (inputs, targets, initial weights, λ); NaN for computed ones
 * @param alternatives misconception (docs/MARKING.md) → the formula a student with that misconception uses, in the
 *                     order they are tried
 */
public record Quantity(String key, Role role, int iteration, int sample, Expr formula, double given,
                       Map<Misconception, Expr> alternatives) {

    /** The key interned, as a formula's references are ({@link Expr.Ref}): looking one up finds it by identity. */
    public Quantity {
        key = key.intern();
    }

    /** What a quantity is; it decides the lecture step it is shown under. */
    public enum Role {
        INPUT, TARGET, RATE, WEIGHT, BIAS,
        PRE_ACTIVATION, ACTIVATION, OUTPUT, SAMPLE_COST, COST,
        ERROR_TERM, GRADIENT, UPDATE;

        public boolean isGiven() {
            return ordinal() <= BIAS.ordinal();
        }
    }

    public boolean isGiven() {
        return role.isGiven();
    }

    public Set<String> parents() {
        Set<String> out = new LinkedHashSet<>();
        if (formula != null) {
            formula.collectRefs(out);
        }
        return out;
    }

    static Quantity given(String key, Role role, double value) {
        return new Quantity(key, role, 1, 0, null, value, Map.of());
    }

    static Quantity computed(String key, Role role, int iteration, int sample, Expr formula,
                             Map<Misconception, Expr> alternatives) {
        return new Quantity(key, role, iteration, sample, formula, Double.NaN,
                Collections.unmodifiableMap(new LinkedHashMap<>(alternatives)));
    }
}
