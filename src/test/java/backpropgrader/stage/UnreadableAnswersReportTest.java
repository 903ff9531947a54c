package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer the grader cannot read as a number is its own case (docs/MARKING.md): wrong, reason kind
 * {@code unreadable}, and counted and listed for the instructor in the class report apart from files that could
 * not be read at all.
 */
class UnreadableAnswersReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportCountsAndListsTheAnswersItCouldNotRead() throws IOException {
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.generate(), fx.err);
        Map<String, Map<String, String>> s1 = fx.answers("s1", SyntheticAnswers.Style.CORRECT);
        String exercise = s1.keySet().iterator().next();
        s1.get(exercise).put("J", "about a half");
        s1.get(exercise).put("yhat_1", "1e300*1e10");
        fx.submit("s1.json", SyntheticFiles.json("s1", s1));
        Map<String, Map<String, String>> s2 = fx.answers("s2", SyntheticAnswers.Style.CORRECT);
        s2.get(exercise).put("J", "0.5.1");
        fx.submit("s2.json", SyntheticFiles.json("s2", s2));
        fx.submit("s3.json", SyntheticFiles.json("s3", fx.answers("s3", SyntheticAnswers.Style.CORRECT)));
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode j = GradeFixture.item(fx.student("s1"), exercise, "J");
        assertEquals("wrong", j.get("verdict").asText());
        assertEquals("unreadable", j.get("reason_kind").asText(), j.toString());

        String report = Files.readString(dir.resolve("graded/report.html"));
        String look = report.substring(report.indexOf("id=\"look\""), report.indexOf("</section>",
                report.indexOf("id=\"look\"")));
        assertTrue(look.contains("Answers that could not be read as a number (3 answers by 2 students;"), look);
        assertTrue(look.contains("File could not be read (0)"), "files and answers are counted apart: " + look);
        String s1Line = line(look, "feedback/s1.html");
        assertTrue(s1Line.contains("ŷ₁ &#39;1e300*1e10&#39;") && s1Line.contains("J &#39;about a half&#39;"), s1Line);
        assertTrue(line(look, "feedback/s2.html").contains("J &#39;0.5.1&#39;"), look);
        assertTrue(!look.contains("feedback/s3.html"), "s3's answers were all read");
    }

    private static String line(String html, String link) {
        int at = html.lastIndexOf("<li>", html.indexOf(link));
        return html.substring(at, html.indexOf("</li>", at));
    }
}
