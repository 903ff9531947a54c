package backpropgrader.exercise;

import backpropgrader.engine.Activation;
import backpropgrader.engine.Key;
import backpropgrader.engine.Loss;

import java.util.List;
import java.util.Map;

/** What every variant of a family has in common: a network to train, or functions to differentiate. */
public sealed interface FamilyStructure {

    /**
     * A network trained by full-batch gradient descent, as in docs/FORMATS.md.
     *
     * @param samples      training samples per variant (T)
     * @param learningRate λ: one fixed number or a grid to draw from
     */
    record Network(int[] layers, List<Activation> activations, boolean bias, Loss loss, Loss.Reduction reduction,
                   int samples, int steps, Grid learningRate) implements FamilyStructure {

        public int depth() {
            return layers.length - 1;
        }
    }

    /**
     * The chain-rule quiz: functions of x to differentiate, each a template over coefficients.
     *
     * @param functions    function key (f_1) → template text, e.g. {@code (a*x^2 + b)^n}
     * @param coefficients function key → its coefficient names in order of first use
     * @param exponents    the coefficient names used as exponents (their grids must be whole numbers)
     */
    record ChainRule(Map<String, String> functions, Map<String, List<String>> coefficients, List<String> exponents)
            implements FamilyStructure {

        /** The key of a coefficient of one function: a of f_1 is a_1. */
        public static String coefficientKey(String name, String function) {
            return Key.coefficient(name, Key.parse(function).n()).toString();
        }
    }
}
