package backpropgrader.render;

import backpropgrader.exercise.Course;
import backpropgrader.grade.GradingOutcome;
import backpropgrader.marking.ItemResult;
import backpropgrader.grade.StudentResult;
import backpropgrader.marking.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes the small graded class's pages to {@code target/sample-pages/graded/}: {@code report.html} and
 * {@code feedback/<id>.html}, laid out as {@code grade} writes them (the report's links work), with one
 * instructor override (bob's J in round 2, found on the back of his sheet). The README's screenshots
 * (docs/feedback.png, docs/report.png and their 390 px versions) are of the demo class's pages instead
 * ({@code ./grader demo}: s14's page and the report).
 */
class FeedbackSamplesTest {

    @Test
    void writesTheClassReportAndEveryFeedbackPage() throws IOException {
        Path submissions = Files.createDirectories(Path.of("target/sample-pages/submissions"));
        GradedClass c = GradedClass.grade(submissions);
        List<StudentResult> students = new ArrayList<>();
        c.outcome.students().forEach(r -> students.add(r.id().equals("bob") ? overridden(r) : r));
        GradingOutcome outcome = new GradingOutcome(students, c.outcome.warnings(), c.outcome.families());
        Path dir = Path.of("target/sample-pages/graded");
        Files.createDirectories(dir.resolve("feedback"));
        for (StudentResult r : outcome.students()) {
            String html = FeedbackPages.feedback(c.page(r, Course.Feedback.ALL, Locale.ENGLISH));
            Files.writeString(dir.resolve("feedback/" + r.id() + ".html"), html, StandardCharsets.UTF_8);
            assertFalse(html.contains("http://") || html.contains("https://"), r.id() + " refers to the network");
        }
        String report = FeedbackPages.report(c.report(outcome, Locale.ENGLISH));
        Files.writeString(dir.resolve("report.html"), report, StandardCharsets.UTF_8);
        assertTrue(report.contains("Answer found on the back of the sheet"), "the override reaches the report");
    }

    private static StudentResult overridden(StudentResult r) {
        List<ItemResult> items = new ArrayList<>();
        double score = 0;
        for (ItemResult i : r.items()) {
            ItemResult j = !i.key().equals("J@2") ? i : new ItemResult(i.exercise(), i.key(), i.submitted(),
                    i.expected(), Verdict.CORRECT, null, i.max(), i.max(), i.why(),
                    "Answer found on the back of the sheet (1.590); accepted.");
            score += j.points();
            items.add(j);
        }
        return new StudentResult(r.id(), r.name(), r.status(), score, r.max(), r.error(), r.flags(), items, r.source(),
                r.warnings());
    }
}
