package backpropgrader.stage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Students as adversaries, HTML made to be slow: an online-text hand-in of nearly 2 MB of nested, unclosed tags
 * around the typed answers is read in linear time; the student is marked on what they typed, script content is
 * not text, and the class is graded as without it.
 */
class HtmlHandInTest {

    @TempDir
    Path dir;

    @Test
    void aNearlyTwoMegabyteHtmlHandInIsMarkedQuicklyOnTheLinesTyped() throws IOException {
        HostileClass c = new HostileClass(dir);
        String typed = SyntheticFiles.text("s3", c.clean.answers("s3", SyntheticAnswers.Style.CORRECT));
        c.clean.submit("s3.txt", typed);
        StringBuilder html = new StringBuilder("<p>" + typed.replace("<", "&lt;").replace("\n", "</p><p>") + "</p>");
        while (html.length() < 1_900_000) {
            html.append("<div><span><b>".repeat(100)).append("<script>[evil]\nJ = 99</script><style>x</style>");
        }
        c.hostile.submit("s3.html", html.toString());

        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), c::grade);
        assertEquals(0, code, c.hostile.err + c.hostile.out);
        c.assertClassmatesUnchanged();
        JsonNode s3 = c.hostile.student("s3");
        assertEquals(s3.get("max").asDouble(), s3.get("score").asDouble(), s3.toString());
        assertFalse(s3.toString().contains("evil"), "script content is not an exercise");
    }
}
