package backpropgrader.marking;

import backpropgrader.exercise.TemplateParser;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.OneVariableFunction;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionAnswersTest {

    /** d/dx (2x² − 1)³ = 12x(2x² − 1)². */
    private static final OneVariableFunction QUIZ = ChainRuleGraph.function("f_1",
            TemplateParser.parse("(a*x^2 + b)^n", c -> Expr.ref(c), c -> 3), Map.of("a", 2.0, "b", -1.0));

    private static boolean same(String typed) {
        return FunctionAnswers.sameFunction(typed, QUIZ.derivative(), "x");
    }

    @Test
    void everyWayAPersonWritesTheDerivativeIsAccepted() {
        assertTrue(same("12x(2x^2-1)^2"));
        assertTrue(same("3*(2*x**2 - 1)**2 * 4*x"));
        assertTrue(same("3(2x² − 1)²·4x"));
        assertTrue(same("12·x·[2x^2 − 1]^2"));
        assertTrue(same("f'(x) = 48x^5 - 48x^3 + 12x"));
        assertTrue(same("12 × x × (2x^2 − 1)^2"));
        assertTrue(same(QUIZ.derivativeText()));
    }

    @Test
    void aConstantTheFunctionItselfAndNearMissesAreRejected() {
        assertFalse(same("12"));
        assertFalse(same("(2x^2-1)^3"));
        assertFalse(same("3(2x^2-1)^2"), "the inner derivative forgotten");
        assertFalse(same("12x(2x^2-1)^2 + 0.001"));
        assertFalse(same("12x(2x^2-1)^3"));
        assertFalse(same("12y(2y^2-1)^2"), "another variable");
        assertFalse(same(""));
        assertFalse(same("12x(2x^2-1"));
    }

    @Test
    void aFormulaThatCannotBeReadSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunctionAnswers.parse("12x(2x^2-1", "x"));
        assertTrue(e.getMessage().contains("12x(2x^2-1"), e.getMessage());
    }

    @Test
    void pointsAvoidTheReferencesPoles() {
        Expr pole = Expr.divide(Expr.num(1), Expr.ref("x"));
        var points = FunctionAnswers.points(pole, "x");
        assertEquals(7, points.size());
        assertTrue(points.stream().allMatch(p -> Math.abs(p) > 1e-3));
        assertTrue(FunctionAnswers.sameFunction("1/x", pole, "x"));
        assertFalse(FunctionAnswers.sameFunction("1/(x+0.01)", pole, "x"));
    }

    @Test
    void templatesReadImplicitProductsSquareBracketsAndCoefficientExponents() {
        Expr t = TemplateParser.parse("[a(x + c)^2 + b]^n", c -> Expr.ref(c), c -> 2);
        double v = t.eval(k -> Map.of("a", 2.0, "c", 2.0, "b", -1.0, "x", 1.0).get(k));
        assertEquals(Math.pow(2 * 9 - 1, 2), v, 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemplateParser.parse("(a*x^2 + b", c -> Expr.ref(c), c -> 2));
        assertEquals("expected ')', found the end in \"(a*x^2 + b\"", e.getMessage());
    }
}
