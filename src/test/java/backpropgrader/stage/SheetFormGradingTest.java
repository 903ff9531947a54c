package backpropgrader.stage;

import backpropgrader.engine.Numbers;
import backpropgrader.kernel.TreeFiles;
import backpropgrader.render.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole student round trip in a real headless Chromium (as render's AnswerFormBrowserTest drives it): open
 * the generated sheet, type the answers as a student would (decimal commas, Unicode minus, an expression, one
 * left blank), save them with the sheet's button, and grade the file the browser wrote, under the name it gave it.
 */
@Tag("browser")
class SheetFormGradingTest {

    @TempDir
    Path dir;

    @Test
    void theAnswersTheSheetSavesAreGradedItemByItem() throws IOException, InterruptedException {
        assumeTrue(HeadlessChromium.installed(), "no " + HeadlessChromium.DRIVER + " (apt-get install chromium-driver; .ci/run does)");
        GradeFixture fx = new GradeFixture(dir);
        assertEquals(0, fx.generate(), fx.err);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), downloads);
        int typed = 0;
        try {
            browser.get(dir.resolve("handout/students/s2/sheet.html").toUri().toString());
            for (String exercise : new String[] {"example-1-single-sample", "quiz-1.1-chain-rule"}) {
                JsonNode key = TreeFiles.read(dir.resolve("handout/instructor/keys/s2/" + exercise + ".json"));
                Iterator<Map.Entry<String, JsonNode>> answers = key.get("answers").fields();
                while (answers.hasNext()) {
                    Map.Entry<String, JsonNode> a = answers.next();
                    if (a.getKey().equals("J")) {
                        continue; // left blank
                    }
                    String value = a.getValue().isTextual() ? a.getValue().asText()
                            : Numbers.fixed(a.getValue().asDouble(), 3);
                    if (typed++ % 2 == 0) {
                        value = value.replace('.', ',').replace('-', '−'); // as a German keyboard writes it
                    }
                    browser.findElement(By.cssSelector("input[data-exercise='" + exercise + "'][data-key='"
                            + a.getKey() + "']")).sendKeys(value);
                }
            }
            browser.findElement(By.id("save-answers")).click();
            Path saved = HeadlessChromium.waitFor(downloads.resolve("s2-grade-test-answers.json"));
            Files.copy(saved, dir.resolve("subs").resolve(saved.getFileName()));
        } finally {
            browser.quit();
        }
        assertEquals(0, fx.grade(), fx.err + fx.out);
        JsonNode s2 = fx.student("s2");
        assertEquals("graded", s2.get("status").asText());
        assertEquals(0, s2.get("warnings").size(), "the name and the student field agree: " + s2.get("warnings"));
        assertEquals(typed + 1, s2.get("items").size());
        for (JsonNode item : s2.get("items")) {
            String expected = item.get("key").asText().equals("J") ? "missing" : "correct";
            assertEquals(expected, item.get("verdict").asText(), item.toString());
        }
        assertEquals(s2.get("max").asDouble() - 1, s2.get("score").asDouble());
        assertTrue(Files.isRegularFile(dir.resolve("graded/feedback/s2.html")));
    }

}
