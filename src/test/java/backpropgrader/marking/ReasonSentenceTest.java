package backpropgrader.marking;

import backpropgrader.engine.Misconception;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of reason as its sentence: in full (the instructor's files), and as a student reads it when the
 * course hides the correct values or the misconceptions, or writes numbers with a decimal comma.
 */
class ReasonSentenceTest {

    private static final Audience NO_EXPECTED = new Audience(false, true, NumberStyle.ENGINE);
    private static final Audience NO_MISCONCEPTIONS = new Audience(true, false, NumberStyle.ENGINE);
    private static final Audience NOTHING = new Audience(false, false, NumberStyle.ENGINE);
    private static final NumberStyle COMMA = engineNumber -> engineNumber.replace('.', ',');
    private static final Audience GERMAN = new Audience(true, true, COMMA);

    private static final Reason.Correct CORRECT = new Reason.Correct(-0.38854778682407276, 3); // the lecture's −0.388
    private static final Reason.Earlier YHAT = new Reason.Earlier("yhat_1", "ŷ_1", "1.9");

    private static String full(Reason r) {
        return ReasonSentence.of(r, Audience.INSTRUCTOR);
    }

    private static String shown(Reason r, Audience a) {
        return ReasonSentence.of(r, a);
    }

    @Test
    void theCorrectValueIsTakenOutOfEveryWording() {
        Reason wrong = new Reason.Wrong(CORRECT, null, List.of(YHAT));
        assertEquals("Wrong: the correct value is −0.3885 (−0.389 at 3 decimal places). Nor is it what your earlier"
                + " answer ŷ_1 = 1.9 gives.", full(wrong));
        assertEquals("Wrong: not the correct value. Nor is it what your earlier answer ŷ_1 = 1.9 gives.",
                shown(wrong, NO_EXPECTED));

        Reason expression = new Reason.Wrong(new Reason.Correct(1.25, 3), -0.5, List.of());
        assertEquals("Wrong: your expression gives −0.5; the correct value is 1.25.", full(expression));
        assertEquals("Wrong: your expression gives −0.5, which is not the correct value.",
                shown(expression, NO_EXPECTED));

        Reason trivial = new Reason.NoFollowThrough(List.of(new Reason.Earlier("h[1]_1", "h_1", "0")), false,
                Reason.Trivial.ZERO, CORRECT);
        assertEquals("Wrong, and no follow-through: this is what your earlier answer h_1 = 0 gives, but that answer"
                + " is 0, which makes the later work trivial. The correct value is −0.3885 (−0.389 at 3 decimal"
                + " places).", full(trivial));
        assertEquals("Wrong, and no follow-through: this is what your earlier answer h_1 = 0 gives, but that answer"
                + " is 0, which makes the later work trivial.", shown(trivial, NO_EXPECTED));

        Reason followThrough = new Reason.FollowThrough(List.of(YHAT), CORRECT);
        assertEquals("Follow-through: not the correct value, which is −0.3885 (−0.389 at 3 decimal places), but"
                + " what your earlier answer ŷ_1 = 1.9 gives.", full(followThrough));
        assertEquals("Follow-through: not the correct value, but what your earlier answer ŷ_1 = 1.9 gives.",
                shown(followThrough, NO_EXPECTED));

        Reason symbolic = new Reason.SymbolicWrong(-1.9, 3, -154.2, "12x(2x^2-1)^2");
        assertEquals("Wrong: at x = −1.9 your expression gives 3, the derivative −154.2; the correct derivative is"
                + " 12x(2x^2-1)^2.", full(symbolic));
        assertEquals("Wrong: at x = −1.9 your expression gives 3, which is not the value of the derivative there.",
                shown(symbolic, NO_EXPECTED));

        Reason equal = new Reason.SymbolicCorrect("12x(2x^2-1)^2");
        assertEquals("Correct: equal to 12x(2x^2-1)^2 at every point checked.", full(equal));
        assertEquals("Correct: equal to the derivative at every point checked.", shown(equal, NO_EXPECTED));
    }

    @Test
    void aSentenceReadBackWhoseKindIsAllThatIsKnownShowsTheVerdictAlone() {
        Reason wording = new Reason.Recorded("wrong", "Wrong (new wording): the correct value is, as it happens,"
                + " −0.38855.");
        assertEquals("Wrong (new wording): the correct value is, as it happens, −0.38855.", full(wording));
        assertEquals("Wrong: not the correct value.", shown(wording, NO_EXPECTED));
        Reason named = new Reason.Recorded("misconception", "Wrong: −0.5 looks like a sign-error.");
        assertEquals("Wrong: not the correct value.", shown(named, NO_MISCONCEPTIONS));
        assertEquals("Wrong: not the correct value.", shown(named, new Audience(true, true, COMMA)),
                "its numbers cannot be put in the reader's locale");
        assertEquals("Correct.", shown(new Reason.Recorded("rounding", "Correct: within rounding of the exact"
                + " value."), NOTHING));
        assertEquals("Follow-through: not the correct value, but what your own earlier answers give.",
                shown(new Reason.Recorded("follow-through", "Follow-through: …"), NO_EXPECTED));
        assertEquals("Not answered.", shown(new Reason.Recorded("missing", "Not answered."), NOTHING));
    }

    @Test
    void theNamedMistakeIsTakenOutWhenTheCourseHidesMisconceptions() {
        Reason.Correct c = new Reason.Correct(1.1633, 3);
        Reason sign = new Reason.Mistake(c, null, Misconception.SIGN_ERROR, "w[2]_1,1,new", "w[2]_1,1,new",
                Reason.Place.THIS_ITEM, 0.837);
        String reason = "Wrong: the correct value is 1.1633 (1.163 at 3 decimal places). Your value fits a known"
                + " mistake: the update's sign flipped (w + λ·∂J/∂w), which gives 0.837.";
        assertEquals(reason, full(sign));
        assertEquals("Wrong: the correct value is 1.1633 (1.163 at 3 decimal places).", shown(sign, NO_MISCONCEPTIONS));
        assertEquals("Wrong: not the correct value. Your value fits a known mistake: the update's sign flipped"
                + " (w + λ·∂J/∂w), which gives 0.837.", shown(sign, NO_EXPECTED));
        assertEquals("Wrong: not the correct value.", shown(sign, NOTHING));

        Reason swapped = new Reason.Mistake(c, null, Misconception.SWAPPED_INDICES, "dJ/dw[1]_1,2", "∂J/∂w[1]_1,2",
                Reason.Place.NOT_ASKED, 1.2);
        assertEquals("Wrong: the correct value is 1.1633 (1.163 at 3 decimal places). Your value is that of"
                + " ∂J/∂w[1]_1,2: the two indices of the weight exchanged.", full(swapped));
        assertEquals("Wrong: the correct value is 1.1633 (1.163 at 3 decimal places).",
                shown(swapped, NO_MISCONCEPTIONS));
    }

    @Test
    void aMistakeFoundEarlierSaysWhereAndWhetherTheSheetAsksForIt() {
        Reason.Correct c = new Reason.Correct(-0.0240, 3);
        assertEquals("Wrong: your expression gives −0.029; the correct value is −0.024. Your value fits a known"
                + " mistake in ∂J/∂z[1]_2 (not asked): the new weights used in the backward pass, which gives"
                + " −0.029.",
                full(new Reason.Mistake(c, -0.029, Misconception.UPDATED_WEIGHTS_IN_BACKPROP, "dJ/dz[1]_2",
                        "∂J/∂z[1]_2", Reason.Place.NOT_ASKED, -0.0291)));
        assertEquals("Wrong: the correct value is −0.024. Your value fits a known mistake in ŷ_1: the ½ of the cost"
                + " dropped, which gives 0.500.", full(new Reason.Mistake(c, null, Misconception.MISSING_HALF,
                "yhat_1", "ŷ_1", Reason.Place.ASKED, 0.5)));
    }

    @Test
    void followThroughNamesTheNearestEarlierAnswersAndWhatMakesTheWorkTrivial() {
        Reason.Earlier h1 = new Reason.Earlier("h[1]_1", "h_1", "0.5");
        Reason.Earlier h2 = new Reason.Earlier("h[1]_2", "h_2", "−0,25");
        assertEquals("Follow-through: not the correct value, which is 4, but what your earlier answers h_1 = 0.5,"
                + " h_2 = −0,25 and ŷ_1 = 1.9 give.", full(new Reason.FollowThrough(List.of(h1, h2, YHAT),
                new Reason.Correct(4, 3))));
        assertEquals("Wrong, and no follow-through: this is what your earlier answers h_1 = 0.5 and h_2 = −0,25"
                + " give, but this value equals y_1, a given value, which makes the work trivial. The correct value"
                + " is −72.", full(new Reason.NoFollowThrough(List.of(h1, h2), true, Reason.Trivial.given("y_1",
                "y_1"), new Reason.Correct(-72, 3))));
        assertEquals("Wrong, and no follow-through: this is what your earlier answer ŷ_1 = 1.9 gives, but that"
                + " answer is 1, which makes the later work trivial.", shown(new Reason.NoFollowThrough(List.of(YHAT),
                false, Reason.Trivial.ONE, CORRECT), NOTHING));
    }

    @Test
    void fewerDecimalsThanAskedSayHowTheAnswerWasRead() {
        Reason.Correct c = new Reason.Correct(0.07594, 3);
        Reason wrong = new Reason.FewerDecimals(c, "0.08", "0.080", List.of());
        assertEquals("Wrong: the sheet asks for 3 decimal places; 0.08 read as 0.080 is not within rounding of the"
                + " correct value, which is 0.0759 (0.076 at 3 decimal places).", full(wrong));
        assertEquals("Wrong: the sheet asks for 3 decimal places; 0.08 read as 0.080 is not within rounding of the"
                + " correct value.", shown(wrong, NO_EXPECTED));
        Reason own = new Reason.FewerDecimals(c, "1,9", "1,900", List.of(YHAT));
        assertEquals("Wrong: the sheet asks for 3 decimal places; 1,9 read as 1,900 is not what your earlier answer"
                + " ŷ_1 = 1.9 gives. The correct value is 0,0759 (0,076 at 3 decimal places).", shown(own, GERMAN));
        assertEquals("Wrong: the sheet asks for 1 decimal place; 4 read as 4.0 is not within rounding of the correct"
                + " value.", shown(new Reason.FewerDecimals(new Reason.Correct(3.96, 1), "4", "4.0", List.of()),
                NOTHING));
    }

    @Test
    void followThroughWithAMistakeRepeatedInUnaskedQuantitiesNamesItOnlyWhereMistakesAreShown() {
        Reason r = new Reason.FollowThroughWithMistake(List.of(new Reason.Earlier("w[1]_1,1,new", "w[1]_1,1,new",
                "0.461")), Misconception.SIGN_ERROR, new Reason.Correct(1.2986, 3));
        assertEquals("Follow-through: not the correct value, which is 1.2986 (1.299 at 3 decimal places), but what"
                + " your earlier answer w[1]_1,1,new = 0.461 gives with the same mistake (the update's sign flipped"
                + " (w + λ·∂J/∂w)) in quantities the sheet did not ask.", full(r));
        assertEquals("Follow-through: not the correct value, but what your earlier answer w[1]_1,1,new = 0.461 gives"
                + " with the same mistake in quantities the sheet did not ask.", shown(r, NOTHING));
        assertEquals("Follow-through: not the correct value, but what your own earlier answers give.",
                shown(new Reason.Recorded("follow-through-mistake", "…"), NO_EXPECTED));
    }

    @Test
    void aValueAtX0FromATrivialDerivativeSaysWhyItEarnsNothing() {
        Reason.Earlier typed = new Reason.Earlier("df_1/dx", "df_1/dx", "7");
        assertEquals("Wrong, and no follow-through: this is what your earlier answer df_1/dx = 7 gives, but that"
                + " answer is a constant, which makes the later work trivial.", shown(new Reason.NoFollowThrough(
                List.of(typed), false, Reason.Trivial.CONSTANT, CORRECT), NOTHING));
        assertEquals("Wrong, and no follow-through: this is what your earlier answer df_1/dx = 7 gives, but that"
                + " answer is the function itself, not its derivative, which makes the later work trivial.",
                shown(new Reason.NoFollowThrough(List.of(typed), false, Reason.Trivial.FUNCTION, CORRECT), NOTHING));
    }

    @Test
    void numbersFollowTheReadersLocaleButTypedTextAndKeysDoNot() {
        Reason.Earlier weight = new Reason.Earlier("w[2]_1,1", "w[2]_1,1", "1.5");
        assertEquals("Follow-through: not the correct value, which is −0,3885 (−0,389 at 3 decimal places), but"
                + " what your earlier answer w[2]_1,1 = 1.5 gives.", shown(new Reason.FollowThrough(List.of(weight),
                CORRECT), GERMAN));
        assertEquals("Wrong: '1.5.2' is not a number or a simple arithmetic expression (multiple points).",
                shown(new Reason.Unreadable("'1.5.2' is not a number or a simple arithmetic expression (multiple"
                        + " points)"), GERMAN));
        assertEquals("Wrong: your expression gives 0,705; the correct value is 1,17447 (1,174 at 3 decimal places)."
                + " Your value fits a known mistake: the update's sign flipped (w + λ·∂J/∂w), which gives 0,705.",
                shown(new Reason.Mistake(new Reason.Correct(1.17447, 3), 0.705, Misconception.SIGN_ERROR,
                        "w[2]_1,1,new", "w[2]_1,1,new", Reason.Place.THIS_ITEM, 0.7049), GERMAN));
        assertEquals("Wrong: at x = −1,9 your expression gives 3,5, the derivative −154,2; the correct derivative"
                + " is 0,5·x.", shown(new Reason.SymbolicWrong(-1.9, 3.5, -154.2, "0.5·x"), GERMAN));
    }

    @Test
    void theRestNeedNothingHiddenAndReadTheSameForEveryone() {
        for (Audience a : List.of(Audience.INSTRUCTOR, NOTHING, GERMAN)) {
            assertEquals("Correct: within rounding of the exact value.", shown(Reason.ROUNDING, a));
            assertEquals("Correct: within the tolerance of the exact value.", shown(Reason.TOLERANCE, a));
            assertEquals("Correct: this is what your own earlier answers give, and they are correct to the sheet's"
                    + " rounding.", shown(Reason.OWN_CORRECT, a));
            assertEquals("Not answered.", shown(Reason.MISSING, a));
            assertEquals("Wrong: the answer is 250 characters long; at most 200 are read.", shown(
                    new Reason.Unreadable("the answer is 250 characters long; at most 200 are read"), a));
        }
    }

    @Test
    void anAdjustedVerdictKeepsTheMarkersReasonAsWhatItWasBefore() {
        Reason before = new Reason.Wrong(new Reason.Correct(4, 3), null, List.of());
        assertEquals("Before your instructor's adjustment: wrong: the correct value is 4.",
                full(new Reason.Adjusted(before)));
        assertEquals("Before your instructor's adjustment: wrong: not the correct value.",
                shown(new Reason.Adjusted(before), NO_EXPECTED));
        Reason sign = new Reason.Mistake(new Reason.Correct(1.79, 3), null, Misconception.SIGN_ERROR, "w", "w",
                Reason.Place.THIS_ITEM, 0.837);
        assertEquals("Before your instructor's adjustment: wrong: the correct value is 1.79.",
                shown(new Reason.Adjusted(sign), NO_MISCONCEPTIONS), "the mistake stays hidden after an adjustment");
    }

    @Test
    void everyKindHasItsStableName() {
        Reason.Correct c = new Reason.Correct(1, 3);
        List<Reason> all = List.of(Reason.ROUNDING, Reason.TOLERANCE, Reason.OWN_CORRECT,
                new Reason.FollowThrough(List.of(YHAT), c),
                new Reason.FollowThroughWithMistake(List.of(YHAT), Misconception.SIGN_ERROR, c),
                new Reason.NoFollowThrough(List.of(YHAT), true, Reason.Trivial.ZERO, c),
                new Reason.Wrong(c, null, List.of()), new Reason.FewerDecimals(c, "1", "1.000", List.of()),
                new Reason.Mistake(c, null, Misconception.SIGN_ERROR, "w", "w", Reason.Place.THIS_ITEM, 0),
                new Reason.SymbolicWrong(1, 2, 3, "x"), new Reason.SymbolicCorrect("x"),
                new Reason.Unreadable("'a' is not a number"), Reason.MISSING, new Reason.Adjusted(Reason.MISSING));
        assertEquals(List.of("rounding", "tolerance", "own-correct", "follow-through", "follow-through-mistake",
                "no-follow-through", "wrong",
                "fewer-decimals", "misconception", "symbolic-wrong", "symbolic-correct", "unreadable", "missing", "adjusted"),
                all.stream().map(Reason::kind).toList());
        for (Reason r : all) {
            assertEquals(full(r), r.sentence(), r.kind());
        }
    }

    /** A reader whose quantities are bracketed and whose text is escaped, as an HTML page's MathML style would be. */
    private static final KeyStyle MARKED = new KeyStyle() {
        @Override
        public String key(String displayed) {
            return "<q>" + displayed + "</q>";
        }

        @Override
        public String text(String plain) {
            return plain.replace("&", "&amp;").replace("<", "&lt;");
        }
    };
    private static final Audience HTML = new Audience(true, true, NumberStyle.ENGINE, MARKED);

    @Test
    void everyQuantityIsWrittenInTheReadersKeyStyleAndTypedTextIsEscaped() {
        Reason.Earlier typed = new Reason.Earlier("h[1]_1", "h_1", "<b>0.5</b>");
        assertEquals("Follow-through: not the correct value, which is 4, but what your earlier answers <q>h_1</q> ="
                + " &lt;b>0.5&lt;/b> and <q>ŷ_1</q> = 1.9 give.", shown(new Reason.FollowThrough(List.of(typed,
                YHAT), new Reason.Correct(4, 3)), HTML));
        assertEquals("Wrong, and no follow-through: this is what your earlier answer <q>ŷ_1</q> = 1.9 gives, but this"
                + " value equals <q>y_1</q>, a given value, which makes the work trivial. The correct value is 4.",
                shown(new Reason.NoFollowThrough(List.of(YHAT), true, Reason.Trivial.given("y_1", "y_1"),
                        new Reason.Correct(4, 3)), HTML));
        assertEquals("Wrong: the correct value is −0.024. Your value fits a known mistake in <q>∂J/∂z[1]_2</q> (not"
                + " asked): the new weights used in the backward pass, which gives −0.029.",
                shown(new Reason.Mistake(new Reason.Correct(-0.0240, 3), null,
                        Misconception.UPDATED_WEIGHTS_IN_BACKPROP, "dJ/dz[1]_2", "∂J/∂z[1]_2", Reason.Place.NOT_ASKED,
                        -0.0291), HTML));
        assertEquals("Wrong: '&lt;1' is not a number.", shown(new Reason.Unreadable("'<1' is not a number"), HTML));
        assertEquals("Correct: equal to 2·x &lt; 3 at every point checked.",
                shown(new Reason.SymbolicCorrect("2·x < 3"), HTML));
    }

    @Test
    void aHintWritesItsQuantitiesInTheReadersNotation() {
        for (Misconception m : Misconception.values()) {
            String plain = ReasonSentence.hint(m, Audience.INSTRUCTOR);
            assertEquals(m.hint().replace("`", ""), plain, "displayed keys, words as they are");
            String html = ReasonSentence.hint(m, HTML);
            assertEquals(m.hint().chars().filter(c -> c == '`').count() / 2,
                    html.split("<q>", -1).length - 1, m + ": every quantity marked");
        }
        assertTrue(ReasonSentence.hint(Misconception.SIGN_ERROR, HTML).contains("Example 1 gives <q>w[2]_1,1,new</q>"
                + " = 1 − 0.1 × (−1.744) = 1.174."));
    }
}
