package backpropgrader.render;

import backpropgrader.engine.Numbers;
import backpropgrader.exercise.Course;
import backpropgrader.grade.Status;
import backpropgrader.grade.StudentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student's feedback page as output: every student-controlled string escaped, kind pages for nothing marked,
 * numbers in the page's locale and nothing else depending on the JVM's, safe on many threads, no network.
 */
class FeedbackPagesOutputTest {

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

    @Test
    void everyStudentControlledStringIsEscaped() {
        String html = page("zed", Course.Feedback.ALL);
        for (String raw : List.of("<script>", "<b>1</b>")) {
            assertFalse(html.contains(raw), raw + " is not escaped");
        }
        assertTrue(html.contains("<strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</strong>"));
        assertTrue(html.contains("<code>&lt;b&gt;1&lt;/b&gt;</code>"), "the typed value");
        StudentResult broken = new StudentResult("zed", "", Status.UNREADABLE, null, 12.0,
                "subs/<img src=x onerror=alert(1)>.json: line 3: expected a number, found \"<i>\".", List.of(),
                List.of(), "subs/<img src=x onerror=alert(1)>.json", List.of("a note with <u>markup</u>"));
        String error = FeedbackPages.feedback(c.page(broken, Course.Feedback.ALL, Locale.ENGLISH));
        assertFalse(error.contains("<img") || error.contains("<i>") || error.contains("<u>"));
        assertTrue(error.contains("subs/&lt;img src=x onerror=alert(1)&gt;.json: line 3: expected a number, found"
                + " &quot;&lt;i&gt;&quot;."));
    }

    @Test
    void aStudentWithNothingMarkedReadsAKindExplanationAndForAFileTheError() {
        String dan = page("dan", Course.Feedback.ALL);
        assertTrue(dan.contains("No submission received") && dan.contains("it can be sorted out"));
        assertTrue(dan.contains("<span class=\"earned\">0</span> <span class=\"of\">of 12 points</span>"));
        assertFalse(dan.contains("<table class=\"items\">"));
        StudentResult eve = c.result("eve");
        assertEquals(Status.UNREADABLE, eve.status());
        String html = page("eve", Course.Feedback.ALL);
        assertTrue(html.contains("Your file could not be read") && html.contains("says nothing about your answers"));
        assertTrue(html.contains("Not marked yet (12 points available)"));
        Matcher error = Pattern.compile("<pre class=\"error\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
        assertTrue(error.find());
        assertTrue(error.group(1).contains("eve.json: line 2"), "names the file and the place: " + error.group(1));
    }

    @Test
    void aGermanPageWritesDecimalCommasAndLeavesTypedValuesAsTyped() {
        String de = FeedbackPages.feedback(c.page("bob", Course.Feedback.ALL, Locale.GERMANY));
        double correctH = GradedClass.reference("bob").get("h[1]_1");
        assertTrue(de.contains("<span class=\"percentage\">75,0\u00a0%</span>"));
        assertTrue(de.contains("<td class=\"num expected\">" + Numbers.fixed(correctH, 3).replace('.', ',')));
        assertTrue(de.contains("not the correct value, which is " + Numbers.beyond(GradedClass.reference("bob")
                .get("yhat_1"), 3).replace('.', ',')), "numbers in reasons too");
        assertTrue(de.contains("<code>" + Numbers.fixed(correctH + GradedClass.SLIP, 3) + "</code>"), "as typed");
        assertFalse(Pattern.compile("<(mn|td[^>]*)>[−-]?\\d+\\.\\d").matcher(de).find(), "a decimal point");
        assertTrue(de.contains(MathKeys.INSTANCE.key("∂J/∂w[2]_1,1") + " = "), "keys in the lecture's notation,"
                + " their index commas kept");
        assertFalse(de.contains("∂J/∂w[2]_1,1"), "no key syntax in a reason");
    }

    @Test
    void theSamePagesWhateverTheJvmsLocale() {
        Locale before = Locale.getDefault();
        try {
            List<String> pages = new ArrayList<>();
            for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
                    Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(l);
                pages.add(page("bob", Course.Feedback.ALL) + page("eve", Course.Feedback.ALL)
                        + FeedbackPages.report(c.report(c.outcome, Locale.ENGLISH)));
            }
            assertEquals(1, pages.stream().distinct().count());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void pagesRenderedOnManyThreadsAreThoseRenderedOnOne() throws Exception {
        List<FeedbackPage> pages = new ArrayList<>();
        for (StudentResult r : c.outcome.students()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.GERMANY)) {
                pages.add(c.page(r, Course.Feedback.ALL, l));
                pages.add(c.page(r, NO_EXPECTED, l));
            }
        }
        List<String> one = pages.stream().map(FeedbackPages::feedback).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> many = new ArrayList<>();
            for (int r = 0; r < 20; r++) {
                int round = r;
                for (FeedbackPage p : pages) { // as text, and as the UTF-8 that grade writes from each thread's buffer
                    many.add(pool.submit(() -> round % 2 == 0 ? FeedbackPages.feedback(p) : utf8(p)));
                }
            }
            for (int i = 0; i < many.size(); i++) {
                assertEquals(one.get(i % pages.size()), many.get(i).get(), "page " + i % pages.size());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String utf8(FeedbackPage p) {
        String[] text = new String[1];
        FeedbackPages.feedbackUtf8(p, (bytes, length) -> text[0] = new String(bytes, 0, length,
                java.nio.charset.StandardCharsets.UTF_8));
        return text[0];
    }

    @Test
    void thePageNeedsNoNetwork() {
        for (String id : List.of("ada", "bob", "cyd", "dan", "eve")) {
            String html = page(id, Course.Feedback.ALL);
            assertFalse(Pattern.compile("(?i)(https?:|ftp:|\\ssrc\\s*=|<link\\b|@import|\\burl\\()").matcher(html)
                    .find(), id + "'s page loads something from outside");
            assertFalse(html.contains("<script"), "no script either");
        }
    }
}
