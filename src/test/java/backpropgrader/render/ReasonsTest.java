package backpropgrader.render;

import backpropgrader.exercise.Course;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reason sentences in each of the marker's wordings (grade.Marker, FollowThrough, SymbolicAnswers) as a student
 * reads them when the course hides the correct values or the misconceptions.
 */
class ReasonsTest {

    private static final Course.Feedback NO_EXPECTED = new Course.Feedback(false, true, true);
    private static final Course.Feedback NO_MISCONCEPTIONS = new Course.Feedback(true, true, false);
    private static final NumberFormatter EN = new NumberFormatter(Locale.ENGLISH);

    private static String shown(Verdict v, String misconception, String reason, Course.Feedback reveal) {
        Object expected = reason.contains("derivative") ? "12x(2x^2-1)^2" : (Object) (-0.38855);
        ItemResult i = new ItemResult("ex", "dJ/dw[1]_1,1", "−0.5", expected, v, misconception, 0, 1, reason);
        return Reasons.shown(i, reveal, EN);
    }

    @Test
    void theCorrectValueIsTakenOutOfEveryWording() {
        assertEquals("Wrong: not the correct value. Nor is it what your earlier answer ŷ_1 = 1.9 gives.",
                shown(Verdict.WRONG, null, "Wrong: the correct value is −0.38855 (−0.389 at 3 decimal places). Nor is"
                        + " it what your earlier answer ŷ_1 = 1.9 gives.", NO_EXPECTED));
        assertEquals("Wrong: your expression gives −0.5, which is not the correct value.",
                shown(Verdict.WRONG, null, "Wrong: your expression gives −0.5; the correct value is 1.25.", NO_EXPECTED));
        assertEquals("Wrong, and no follow-through: this is what your earlier answer h_1 = 0 gives, but that answer"
                + " is 0, which makes the later work trivial.", shown(Verdict.WRONG, null, "Wrong, and no"
                + " follow-through: this is what your earlier answer h_1 = 0 gives, but that answer is 0, which makes"
                + " the later work trivial. The correct value is −0.38855 (−0.389 at 3 decimal places).", NO_EXPECTED));
        assertEquals("Follow-through: not the correct value, but what your earlier answer ŷ_1 = 1.9 gives.",
                shown(Verdict.FOLLOW_THROUGH, null, "Follow-through: not the correct value, which is −0.38855 (−0.389"
                        + " at 3 decimal places), but what your earlier answer ŷ_1 = 1.9 gives.", NO_EXPECTED));
        assertEquals("Wrong: at x = −1.9 your expression gives 3, which is not the value of the derivative there.",
                shown(Verdict.WRONG, null, "Wrong: at x = −1.9 your expression gives 3, the derivative −154.2; the"
                        + " correct derivative is 12x(2x^2-1)^2.", NO_EXPECTED));
        assertEquals("Correct: equal to the derivative at every point checked.", shown(Verdict.CORRECT, null,
                "Correct: equal to 12x(2x^2-1)^2 at every point checked.", NO_EXPECTED));
    }

    @Test
    void aWordingTheRulesDoNotKnowFallsBackToTheVerdictAlone() {
        assertEquals("Wrong: not the correct value.", shown(Verdict.WRONG, null,
                "Wrong (new wording): the correct value is, as it happens, −0.38855.", NO_EXPECTED));
        assertEquals("Wrong: not the correct value.", shown(Verdict.WRONG, "sign-error",
                "Wrong: −0.5 looks like a sign-error.", NO_MISCONCEPTIONS));
    }

    @Test
    void theNamedMistakeIsTakenOutWhenTheCourseHidesMisconceptions() {
        String reason = "Wrong: the correct value is 1.1633 (1.163 at 3 decimal places). Your value fits a known"
                + " mistake: the update's sign flipped (w + λ·∂J/∂w), which gives 0.837.";
        assertEquals("Wrong: the correct value is 1.1633 (1.163 at 3 decimal places).",
                shown(Verdict.WRONG, "sign-error", reason, NO_MISCONCEPTIONS));
        assertEquals("Wrong: the correct value is 1.1633 (1.163 at 3 decimal places).", shown(Verdict.WRONG,
                "swapped-indices", "Wrong: the correct value is 1.1633 (1.163 at 3 decimal places). Your value is"
                        + " that of ∂J/∂w[1]_1,2: the two indices of the weight exchanged.", NO_MISCONCEPTIONS));
        assertEquals(reason, shown(Verdict.WRONG, "sign-error", reason, Course.Feedback.ALL));
    }

    @Test
    void numbersFollowTheLocaleButQuotedTypingAndKeysDoNot() {
        ItemResult i = new ItemResult("ex", "w[2]_1,1,new", "'1.5'", -0.38855, Verdict.WRONG, null, 0, 1,
                "Wrong: '1.5.2' is not a number; the sheet's w[2]_1,1 rule gives −0.38855 (−0.389 at 3 decimal places).");
        assertEquals("Wrong: '1.5.2' is not a number; the sheet's w[2]_1,1 rule gives −0,38855 (−0,389 at 3 decimal"
                + " places).", Reasons.shown(i, Course.Feedback.ALL, new NumberFormatter(Locale.GERMANY)));
    }
}
