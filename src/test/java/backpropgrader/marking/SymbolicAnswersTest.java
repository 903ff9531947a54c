package backpropgrader.marking;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grader reads a derivative typed as an expression the way the generator reads its own key. */
class SymbolicAnswersTest {

    /** Quiz 1.1's first function, f_1(x) = (2x² − 1)³: f_1'(x) = 12x(2x² − 1)². */
    static final Asked ASKED = new Asked("df_1/dx", 2, true, "12*x*(2*x^2 - 1)^2");

    static Verdict verdict(String typed) {
        return SymbolicAnswers.decide(ASKED, AnswerParser.parse(typed)).verdict();
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
}
