package backpropgrader.marking;

import backpropgrader.engine.ChainRuleGraph;
import backpropgrader.engine.Expr;
import backpropgrader.engine.OneVariableFunction;
import backpropgrader.exercise.TemplateParser;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grader reads a derivative typed as an expression the way the generator reads its own key. */
class SymbolicAnswersTest {

    /** Quiz 1.1's first function, f_1(x) = (2x² − 1)³: f_1'(x) = 12x(2x² − 1)². */
    static final Asked ASKED = new Asked("df_1/dx", 2, true, "12*x*(2*x^2 - 1)^2");

    /** The same derivative as the generator writes its key: d/dx (a·x² + b)^n with a = 2, b = −1, n = 3. */
    private static final OneVariableFunction QUIZ = ChainRuleGraph.function("f_1",
            TemplateParser.parse("(a*x^2 + b)^n", c -> Expr.ref(c), c -> 3), Map.of("a", 2.0, "b", -1.0));

    static Verdict verdict(String typed) {
        return verdict(ASKED.expectedExpression(), typed);
    }

    static Verdict verdict(String reference, String typed) {
        return SymbolicAnswers.decide(new Asked("df_1/dx", 2, true, reference), AnswerParser.parse(typed)).verdict();
    }

    @Test
    void everyEquivalentFormAPersonTypesIsCorrect() {
        for (String typed : new String[] {"12x(2x^2-1)^2", "12*x*(2*x**2 − 1)**2", "3(2x² − 1)²·4x",
                "f'(x) = 12x[2x^2 - 1]^2", "12x × (2x² – 1)²"}) {
            assertEquals(Verdict.CORRECT, verdict(typed), typed);
        }
    }

    @Test
    void aConstantTheFunctionItselfAndNearMissesAreWrong() {
        for (String typed : new String[] {"12", "(2x^2-1)^3", "6x(2x^2-1)^2", "12x(2x^2-1)^3", "12x(2x^2+1)^2"}) {
            assertEquals(Verdict.WRONG, verdict(typed), typed);
        }
        assertEquals(Verdict.MISSING, verdict(" "));
        Decision unreadable = SymbolicAnswers.decide(ASKED, AnswerParser.parse("12x(2x^2-1"));
        assertEquals("unreadable", unreadable.reason().kind());
        assertTrue(unreadable.reason().sentence().startsWith("Wrong: '12x(2x^2-1' is not an expression in x"),
                unreadable.reason().sentence());
    }

    @Test
    void everyWayAPersonWritesTheDerivativeMatchesTheGeneratorsKey() {
        String key = QUIZ.derivativeText();
        for (String typed : new String[] {"12x(2x^2-1)^2", "3*(2*x**2 - 1)**2 * 4*x", "3(2x² − 1)²·4x",
                "12·x·[2x^2 − 1]^2", "f'(x) = 48x^5 - 48x^3 + 12x", "12 × x × (2x^2 − 1)^2", key}) {
            assertEquals(Verdict.CORRECT, verdict(key, typed), typed + " against " + key);
        }
    }

    @Test
    void aConstantTheFunctionItselfAndNearMissesOfTheGeneratorsKeyAreWrong() {
        String key = QUIZ.derivativeText();
        for (String typed : new String[] {"12", "(2x^2-1)^3", "3(2x^2-1)^2", "12x(2x^2-1)^2 + 0.001",
                "12x(2x^2-1)^3", "12y(2y^2-1)^2", "12x(2x^2-1"}) {
            assertEquals(Verdict.WRONG, verdict(key, typed), typed);
        }
        assertEquals(Verdict.MISSING, verdict(key, ""), "an empty answer is not answered, not wrong");
    }

    @Test
    void aReciprocalIsToldApartFromANearMiss() {
        assertEquals(Verdict.CORRECT, verdict("1/x", "1/x"));
        assertEquals(Verdict.WRONG, verdict("1/x", "1/(x+0.01)"));
    }

    @Test
    void pointsWhereTheReferenceIsNotFiniteAreSkippedAndTooFewLeftIsTheKeysFault() {
        // ln x is not finite at the four negative points; the five positive ones decide
        assertEquals(Verdict.CORRECT, verdict("ln(x)", "ln(x)"));
        assertEquals(Verdict.WRONG, verdict("ln(x)", "ln(x) + 0.01"));
        assertEquals(Verdict.CORRECT, verdict("ln(x)", "ln(abs(x))"), "compared only where the reference is finite");
        assertThrows(IllegalStateException.class, () -> verdict("ln(x - 1)", "ln(x - 1)"));
    }
}
