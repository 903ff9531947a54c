package backpropgrader.engine;

import java.util.Locale;
import java.util.Optional;

import static backpropgrader.engine.Expr.call;
import static backpropgrader.engine.Expr.minus;
import static backpropgrader.engine.Expr.num;
import static backpropgrader.engine.Expr.pow;
import static backpropgrader.engine.Expr.product;
import static backpropgrader.engine.Expr.ref;

/**
 * The activations of docs/FORMATS.md, each with its formula and, beside it, its derivative written the way the
 * lecture writes it (in terms of h where it can be) and the wrong derivative students commonly use instead.
 * Softmax couples the outputs and is built by {@link NetworkGraph} itself.
 */
public enum Activation {
    IDENTITY, SIGMOID, TANH, RELU, SOFTMAX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Activation> parse(String s) {
        for (Activation a : values()) {
            if (a.id().equals(s)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    Expr apply(Expr z) {
        return switch (this) {
            case IDENTITY -> z;
            case SIGMOID -> call(Fn.SIGMOID, z);
            case TANH -> call(Fn.TANH, z);
            case RELU -> call(Fn.RELU, z);
            case SOFTMAX -> throw new IllegalStateException("softmax is built over the whole layer");
        };
    }

    /** f'(z) as the lecture writes it: h(1 − h) for sigmoid, 1 − h² for tanh, step(z) for ReLU. */
    Expr derivative(String h, String z) {
        return switch (this) {
            case IDENTITY -> num(1);
            case SIGMOID -> product(ref(h), minus(num(1), ref(h)));
            case TANH -> minus(num(1), pow(ref(h), 2));
            case RELU -> call(Fn.STEP, ref(z));
            case SOFTMAX -> throw new IllegalStateException("softmax has a Jacobian, not a derivative");
        };
    }

    /** The derivative of the wrong activation, as students mix them up (misconception wrong-activation-derivative). */
    Optional<Expr> wrongDerivative(String h, String z) {
        return switch (this) {
            case SIGMOID -> Optional.of(TANH.derivative(h, z));
            case TANH -> Optional.of(SIGMOID.derivative(h, z));
            case RELU -> Optional.of(num(1));
            case IDENTITY, SOFTMAX -> Optional.empty();
        };
    }
}
