package backpropgrader.render;

import backpropgrader.exercise.Course;
import backpropgrader.grade.StudentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Writes the small graded class's pages to {@code target/sample-pages/graded/}: {@code report.html} and
 * {@code feedback/<id>.html}, laid out as {@code grade} writes them (the report's links work). docs/feedback.png
 * and docs/report.png are screenshots of these (see the README).
 */
class FeedbackSamplesTest {

    @Test
    void writesTheClassReportAndEveryFeedbackPage(@TempDir Path submissions) throws IOException {
        GradedClass c = GradedClass.grade(submissions);
        Path dir = Path.of("target/sample-pages/graded");
        Files.createDirectories(dir.resolve("feedback"));
        for (StudentResult r : c.outcome.students()) {
            String html = FeedbackPages.feedback(c.page(r.id(), Course.Feedback.ALL, Locale.ENGLISH));
            Files.writeString(dir.resolve("feedback/" + r.id() + ".html"), html, StandardCharsets.UTF_8);
            assertFalse(html.contains("http://") || html.contains("https://"), r.id() + " refers to the network");
        }
        String report = FeedbackPages.report(c.report(c.outcome, Locale.ENGLISH));
        Files.writeString(dir.resolve("report.html"), report, StandardCharsets.UTF_8);
    }
}
