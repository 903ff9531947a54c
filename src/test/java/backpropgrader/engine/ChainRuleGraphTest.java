package backpropgrader.engine;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static backpropgrader.engine.Expr.minus;
import static backpropgrader.engine.Expr.num;
import static backpropgrader.engine.Expr.pow;
import static backpropgrader.engine.Expr.product;
import static backpropgrader.engine.Expr.ref;
import static backpropgrader.engine.Expr.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChainRuleGraphTest {

    /** f_1(x) = (a·x² + b)^3 with a = 2, b = −1: the lecture's Quiz 1.1. */
    private static Expr quizF1() {
        return pow(sum(List.of(product(ref("a_1"), pow(ref("x"), 2)), ref("b_1"))), 3);
    }

    /** f_2(x) = [a(x + c)² + b]^2 with a = 2, c = 2, b = −1. */
    private static Expr quizF2() {
        return pow(sum(List.of(product(ref("a_2"), pow(sum(List.of(ref("x"), ref("c_2"))), 2)), ref("b_2"))), 2);
    }

    private static Map<String, Double> coefficients() {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("a_1", 2.0);
        c.put("b_1", -1.0);
        c.put("a_2", 2.0);
        c.put("c_2", 2.0);
        c.put("b_2", -1.0);
        return c;
    }

    @Test
    void derivativeOfTheQuizFunctionsIsWrittenAsAPersonWouldWriteIt() {
        OneVariableFunction f1 = ChainRuleGraph.function("f_1", quizF1(), coefficients());
        OneVariableFunction f2 = ChainRuleGraph.function("f_2", quizF2(), coefficients());
        assertEquals("(2·x^2 − 1)^3", f1.functionText());
        assertEquals("12·x·(2·x^2 − 1)^2", f1.derivativeText());
        assertEquals("8·(2·(x + 2)^2 − 1)·(x + 2)", f2.derivativeText()); // d(outer)·d(inner)
    }

    @Test
    void valueAtThePointAgreesWithFiniteDifferencesAndTheHandResult() {
        double x0 = 0.5;
        QuantityGraph g = ChainRuleGraph.build("quiz-1.1", coefficients(), x0, Map.of("f_1", quizF1()));
        double value = g.evaluate().get("df_1/dx|x0");
        // by hand: 12 · 0.5 · (2·0.25 − 1)² = 6 · 0.25 = 1.5
        assertEquals(1.5, value, 1e-12);
        Expr f = ChainRuleGraph.function("f_1", quizF1(), coefficients()).function();
        double h = 1e-6;
        double fd = (f.eval(k -> x0 + h) - f.eval(k -> x0 - h)) / (2 * h);
        assertEquals(fd, value, 1e-6);
    }

    @Test
    void theWorkedStepShowsTheDerivativeFormulaThenTheNumbers() {
        QuantityGraph g = ChainRuleGraph.build("quiz-1.1", coefficients(), 1, Map.of("f_1", quizF1()));
        WorkedStep step = WorkedStep.of(g.evaluate(), "df_1/dx|x0", 3);
        assertEquals("df_1/dx|x0 = 6·a_1·x0·(a_1·x0² + b_1)² = 6 × 2 × 1 × (2 × 1² − 1)² = 12.000", step.line());
    }

    @Test
    void productAndQuotientRulesAgreeWithFiniteDifferences() {
        Expr x = ref("x");
        Expr e = Expr.divide(product(sum(List.of(x, num(1))), Expr.call(Fn.EXP, x)), minus(pow(x, 2), num(4)));
        Expr d = Derivative.of(e, "x");
        for (double p : new double[] {-1.3, 0.2, 0.7, 3.1}) {
            double h = 1e-6;
            double fd = (e.eval(k -> p + h) - e.eval(k -> p - h)) / (2 * h);
            assertEquals(fd, d.eval(k -> p), 1e-5 * Math.max(1, Math.abs(fd)));
        }
    }

    @Test
    void simplifiedDecimalCoefficientsCarryNoBinaryNoise() {
        Expr e = pow(sum(List.of(product(num(0.1), ref("x")), num(0.2))), 3);
        assertEquals("0.3·(0.1·x + 0.2)^2", ChainRuleGraph.typed(Derivative.of(e, "x")));
    }
}
