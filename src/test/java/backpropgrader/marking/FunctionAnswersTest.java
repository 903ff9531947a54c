package backpropgrader.marking;

import backpropgrader.exercise.TemplateParser;

import backpropgrader.engine.Expr;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a typed function of x; whether it is the right one is {@link SymbolicAnswersTest}'s. */
class FunctionAnswersTest {

    @Test
    void aFormulaThatCannotBeReadSaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunctionAnswers.parse("12x(2x^2-1", "x"));
        assertTrue(e.getMessage().contains("12x(2x^2-1"), e.getMessage());
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
