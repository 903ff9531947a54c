package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Course;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.ReasonSentence;
import backpropgrader.marking.Audience;
import backpropgrader.marking.MarkedExercise;
import backpropgrader.marking.Marker;
import backpropgrader.engine.Misconception;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import backpropgrader.marking.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student's feedback page, from a small class graded by the real grader ({@link GradedClass}). */
class FeedbackPagesTest {

    private static final Pattern ITEM = Pattern.compile(
            "<tbody class=\"item verdict-([a-z-]+)\" id=\"[^\"]+\">(.*?)</tbody>", Pattern.DOTALL);
    private static final Course.Feedback NO_EXPECTED = new Course.Feedback(false, false, true);

    @TempDir
    static Path submissions;
    static GradedClass c;

    @BeforeAll
    static void grade() throws IOException {
        c = GradedClass.grade(submissions);
    }

    static String page(String id, Course.Feedback reveal) {
        return FeedbackPages.feedback(c.page(id, reveal, Locale.ENGLISH));
    }

    static ItemResult item(StudentResult r, String key) {
        return r.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void eachItemShowsItsVerdictAsAWordAndAnIconNotByColourAlone() {
        StudentResult bob = c.result("bob");
        String html = page("bob", Course.Feedback.ALL);
        List<String> shown = new ArrayList<>();
        Matcher m = ITEM.matcher(html);
        while (m.find()) {
            FeedbackView.Mark mark = FeedbackView.Mark.of(Verdict.parse(m.group(1)));
            assertTrue(m.group(2).contains("<span class=\"icon\" aria-hidden=\"true\">" + mark.icon() + "</span> "
                    + mark.word() + "</span>"), m.group(2));
            shown.add(m.group(1));
        }
        assertEquals(bob.items().stream().map(i -> i.verdict().id()).toList(), shown, "one row per item, in order");
        for (Verdict v : Verdict.values()) {
            assertTrue(shown.contains(v.id()), "bob's page shows " + v.id());
        }
        assertTrue(html.contains("<code>0.844</code>") || html.contains("<code>" + Numbers.fixed(
                GradedClass.reference("bob").get("h[1]_1") + GradedClass.SLIP, 3) + "</code>"), "his value as typed");
        assertTrue(html.contains("<span class=\"earned\">9</span> <span class=\"of\">of 12 points</span>"));
        assertEquals(9.0, bob.score(), "the score shown is the grader's");
    }

    @Test
    void aMisconceptionIsNamedWithItsHintOnlyWhenTheCourseRevealsIt() {
        ItemResult flipped = item(c.result("cyd"), "w[2]_1,1,new");
        assertEquals("sign-error", flipped.misconception(), "the grader names the mistake");
        String hint = ReasonSentence.hint(Misconception.SIGN_ERROR, new Audience(true, true,
                new NumberFormatter(Locale.ENGLISH), MathKeys.INSTANCE));
        String html = page("cyd", Course.Feedback.ALL);
        assertTrue(html.contains(hint), "the hint, escaped, its quantities in the lecture's notation");
        assertTrue(hint.contains(MathKeys.INSTANCE.key("w[2]_1,1,new")) && !hint.contains("w[2]_1,1,new"), hint);
        assertTrue(html.contains("common mistakes: sign-error</p>"), "the catalogue name, in plain text");
        assertFalse(html.contains("<code>sign-error</code>"), "not in code font");
        String hidden = page("cyd", new Course.Feedback(true, true, false));
        for (String s : List.of(hint, "sign-error", Markup.text(Misconception.SIGN_ERROR.title()), "known mistake")) {
            assertFalse(hidden.contains(s), s + " shown although the course hides misconceptions");
        }
        assertTrue(hidden.contains("Wrong: the correct value is"), "the rest of the reason stays");
    }

    @Test
    void anInstructorsOverrideIsShownWithItsReason() {
        StudentResult cyd = c.result("cyd");
        List<ItemResult> items = new ArrayList<>();
        for (ItemResult i : cyd.items()) {
            items.add(!i.key().equals("w[2]_1,1,new") ? i : new ItemResult(i.exercise(), i.key(), i.submitted(),
                    i.expected(), i.verdict(), i.misconception(), 0.5, i.max(), i.why(),
                    "Half a point: the sign was corrected in the margin <see scan>."));
        }
        StudentResult adjusted = new StudentResult(cyd.id(), cyd.name(), cyd.status(), cyd.score() + 0.5, cyd.max(),
                null, cyd.flags(), items, cyd.source(), cyd.warnings());
        String html = FeedbackPages.feedback(c.page(adjusted, Course.Feedback.ALL, Locale.ENGLISH));
        assertTrue(html.contains("<strong>Adjusted by your instructor:</strong> Half a point: the sign was corrected"
                + " in the margin &lt;see scan&gt;."));
        assertTrue(html.contains("<td class=\"num\">0.5 of 1 point</td>"));
        assertFalse(page("cyd", Course.Feedback.ALL).contains("Adjusted by your instructor"));
    }

    @Test
    void whereFollowThroughAppliedTheWorkedStepsUseTheStudentsOwnNumbers() {
        double own = GradedClass.reference("bob").get("h[1]_1") + GradedClass.SLIP;
        double correct = GradedClass.reference("bob").get("h[1]_1");
        String html = page("bob", Course.Feedback.ALL);
        assertTrue(html.contains("Worked solution with your own numbers"));
        assertTrue(html.contains("these steps use your own answers where you gave them"), "with a note");
        String z2 = step(html, "z[2]_1");
        assertTrue(z2.contains("<mn>" + Numbers.fixed(own, 3) + "</mn>"), "bob's h_1 substituted: " + z2);
        assertFalse(z2.contains("<mn>" + Numbers.fixed(correct, 3) + "</mn>"));
        assertTrue(step(html, "h[1]_1").contains("the steps below carry on from your value"));
        assertTrue(step(html, "yhat_1").contains("consistent with your earlier answers"));
        String ada = page("ada", Course.Feedback.ALL);
        assertFalse(ada.contains("your own numbers"), "no follow-through, the reference steps");
        assertTrue(step(ada, "z[2]_1").contains("<mn>" + Numbers.fixed(GradedClass.reference("ada").get("h[1]_1"), 3)
                + "</mn>"));
        assertFalse(page("bob", new Course.Feedback(true, false, true)).contains("class=\"worked"),
                "no worked solution when the course keeps it back");
    }

    /** The worked step of {@code key}. */
    static String step(String html, String key) {
        Matcher m = Pattern.compile("<li class=\"step[^\"]*\" data-key=\"" + Pattern.quote(Markup.text(key))
                + "\">(.*?)</li>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no step " + key);
        return m.group(1);
    }

    @Test
    void theCorrectValuesStayHiddenWhenTheCourseHidesThem() {
        StudentResult bob = c.result("bob");
        String html = page("bob", NO_EXPECTED);
        assertFalse(html.contains("Correct value"), "no column");
        assertFalse(html.contains("correct value is") || html.contains("correct value, which is"), "nor in a reason");
        for (ItemResult i : bob.items()) {
            if (i.verdict() != Verdict.CORRECT) {
                double x = (Double) i.expected();
                assertFalse(html.contains(Numbers.beyond(x, 3)), i.key() + "'s exact value shown");
                assertFalse(html.contains(">" + Numbers.fixed(x, 3) + "<"), i.key() + "'s value shown");
            }
        }
        assertTrue(html.contains("Follow-through: not the correct value, but what your earlier answer"));
        assertTrue(html.contains("Wrong: not the correct value."));
        assertTrue(html.contains("Your instructor has chosen not to show the correct values"));
        assertTrue(page("bob", Course.Feedback.ALL).contains("<td class=\"num expected\">"));
    }

    @Test
    void collusionFlagsAreNeverShownToTheStudent() {
        StudentResult mal = c.result("mal");
        assertEquals(List.of("collusion:ada"), mal.flags(), "the grader flags the copy");
        String html = page("mal", Course.Feedback.ALL);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("collusion"));
        assertFalse(Pattern.compile("\\bada\\b", Pattern.CASE_INSENSITIVE).matcher(html).find(), "the other student");
    }

    @Test
    void aSymbolicAnswerShowsItsExpressionAndTheWorkedStepsOfItsFunction() {
        MarkedExercise m = Marker.mark(TestPages.chainRule(), Map.of("df_1/dx", "12x*(2x^2 - 1)^2",
                "df_1/dx|x0", "1.5"));
        assertEquals(List.of(Verdict.CORRECT, Verdict.CORRECT), m.items().stream().map(ItemResult::verdict).toList());
        StudentResult r = new StudentResult("ada", "Ada", Status.GRADED, m.score(), 3.0, null, List.of(), m.items(),
                "ada.txt", List.of());
        String html = FeedbackPages.feedback(new FeedbackPage(TestPages.ADA, "C", "a1", Locale.ENGLISH, r, List.of(m),
                Course.Feedback.ALL, "p"));
        assertTrue(html.contains("<code>12x*(2x^2 - 1)^2</code>"), "as typed");
        assertTrue(html.contains("<td class=\"num expected\">12x(2x^2-1)^2</td>"), "the expression expected");
        assertTrue(step(html, "df_1/dx|x0").contains("you wrote <code>1.5</code>"));
        assertTrue(html.contains("<span class=\"earned\">3</span> <span class=\"of\">of 3 points</span>"));
    }

    @Test
    void thePracticePageIsLinkedThroughTheCoursesPracticeUrlElseNamedByItsFile() {
        String linked = page("cyd", new Course.Feedback(true, true, true, "https://example.org/week9/practice/"));
        Matcher a = Pattern.compile("<strong>Practise on fresh numbers</strong> with <a href=\"([^\"]+)\">the practice"
                + " page for ([^<]+)</a>\\.").matcher(linked);
        assertTrue(a.find(), linked.substring(linked.indexOf("What to do next")));
        assertTrue(a.group(1).matches("https://example\\.org/week9/practice/practice-[a-z0-9.-]+\\.html"), a.group(1));
        String named = page("cyd", Course.Feedback.ALL);
        assertTrue(named.contains("from your instructor: <span class=\"file\">practice-"), "named by its file");
        assertFalse(named.contains("example.org"));
    }
}
