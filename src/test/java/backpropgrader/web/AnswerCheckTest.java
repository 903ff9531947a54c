package backpropgrader.web;

import backpropgrader.marking.SymbolicAnswers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sheet's check of a typed derivative is the grader's own rule: it never accepts what the grader refuses. */
class AnswerCheckTest {

    @Test
    void aDerivativeTheGraderCannotReadIsUnreadableOnTheSheetWithTheGradersWords() {
        String tooLong = "x+".repeat(150) + "1";
        for (String typed : new String[] {tooLong, "12x(2x^2-1", "12x(2x^2 - 1)^^2"}) {
            AnswerCheck c = AnswerCheck.of(typed, 3, true);
            assertEquals("unreadable", c.state(), typed);
            assertEquals(SymbolicAnswers.problem(typed), c.message(), typed);
        }
        assertTrue(AnswerCheck.of(tooLong, 3, true).message().contains("characters long"));
        assertEquals("expression", AnswerCheck.of("12x(2x^2 - 1)^2", 3, true).state());
        assertNull(SymbolicAnswers.problem("12x(2x^2 - 1)^2"));
    }
}
