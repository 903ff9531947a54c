package backpropgrader.render;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sheet's form in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * type answers as a student would, press save, and read the answers.json the browser downloaded. The system
 * driver is named explicitly, so Selenium never looks for (or downloads) a browser or driver of its own.
 */
@Tag("browser")
class AnswerFormBrowserTest {

    @Test
    void typedAnswersAreSavedAsTheSubmissionJsonAndSurviveAReload(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no " + HeadlessChromium.DRIVER + " (apt-get install chromium-driver; .ci/run does)");
        Path sheet = dir.resolve("sheet.html");
        Files.writeString(sheet, Sheets.sheet(TestPages.all(Locale.GERMANY)), StandardCharsets.UTF_8);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), downloads);
        try {
            browser.get(sheet.toUri().toString());
            box(browser, "lecture-example-1", "z[1]_1").sendKeys("1,25");
            box(browser, "lecture-example-1", "dJ/dw[2]_1,1").sendKeys(" −1.744 ");
            box(browser, "lecture-example-1", "yhat_1@2").sendKeys("2.073");
            box(browser, "lecture-example-2", "dJ(2)/dw[1]_1,1").sendKeys("-3.555");
            box(browser, "chain-rule", "df_1/dx").sendKeys("12x(2x^2-1)^2");
            box(browser, "chain-rule", "df_1/dx|x0").sendKeys("   "); // blank: left out
            browser.findElement(By.id("save-answers")).click();

            JsonNode saved = TreeFiles.JSON.readTree(HeadlessChromium.waitFor(downloads.resolve("answers.json")).toFile());
            JsonNode expected = TreeFiles.JSON.valueToTree(Map.of("student", "s1234", "variant", TestPages.CODE,
                    "answers", Map.of(
                    "lecture-example-1", Map.of("z[1]_1", "1,25", "dJ/dw[2]_1,1", "−1.744", "yhat_1@2", "2.073"),
                    "lecture-example-2", Map.of("dJ(2)/dw[1]_1,1", "-3.555"),
                    "chain-rule", Map.of("df_1/dx", "12x(2x^2-1)^2"))));
            assertEquals(expected, saved);
            assertTrue(browser.findElement(By.id("save-status")).getText().startsWith("5 of 17 answers saved"),
                    browser.findElement(By.id("save-status")).getText());

            browser.navigate().refresh();
            assertEquals("1,25", box(browser, "lecture-example-1", "z[1]_1").getAttribute("value"));
            assertEquals("12x(2x^2-1)^2", box(browser, "chain-rule", "df_1/dx").getAttribute("value"));
            assertEquals("", box(browser, "lecture-example-2", "J(1)").getAttribute("value"));
            WebElement label = browser.findElement(By.cssSelector("label[for='"
                    + box(browser, "lecture-example-1", "J").getAttribute("id") + "']"));
            assertTrue(label.isDisplayed(), "the label of J's box is on the page");
        } finally {
            browser.quit();
        }
    }

    private static WebElement box(WebDriver browser, String exercise, String key) {
        return browser.findElement(By.cssSelector("input[data-exercise='" + exercise + "'][data-key='" + key + "']"));
    }

}
