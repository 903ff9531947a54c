package backpropgrader.render;

import backpropgrader.kernel.TreeFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sheet's form in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * type answers as a student would, see what the grader's own parser (the page's WebAssembly) says beside each
 * box, press Enter and Save, and read the file the browser downloaded. The system driver is named explicitly, so
 * Selenium never looks for (or downloads) a browser or driver of its own.
 */
@Tag("browser")
class AnswerFormBrowserTest {

    static final String SAVED = "s1234-week9-bp-answers.json";

    @Test
    void typedAnswersAreSavedOnceUnderTheStudentsNameAndSurviveAReload(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no " + HeadlessChromium.DRIVER + " (apt-get install chromium-driver; .ci/run does)");
        Path sheet = sheet(dir, Locale.GERMANY);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), downloads);
        try {
            open(browser, sheet);
            box(browser, "lecture-example-1", "z[1]_1").sendKeys("1,25");
            box(browser, "lecture-example-1", "dJ/dw[2]_1,1").sendKeys(" −1.744 ");
            box(browser, "lecture-example-1", "yhat_1@2").sendKeys("2.073");
            box(browser, "lecture-example-2", "dJ(2)/dw[1]_1,1").sendKeys("-3.555");
            box(browser, "chain-rule", "df_1/dx").sendKeys("12x(2x^2-1)^2");
            box(browser, "chain-rule", "df_1/dx|x0").sendKeys("   "); // blank: left out
            browser.findElement(By.id("save-answers")).click();

            JsonNode saved = TreeFiles.JSON.readTree(HeadlessChromium.waitFor(downloads.resolve(SAVED)).toFile());
            JsonNode expected = TreeFiles.JSON.valueToTree(Map.of("student", "s1234", "variant", TestPages.CODE,
                    "answers", Map.of(
                    "lecture-example-1", Map.of("z[1]_1", "1,25", "dJ/dw[2]_1,1", "−1.744", "yhat_1@2", "2.073"),
                    "lecture-example-2", Map.of("dJ(2)/dw[1]_1,1", "-3.555"),
                    "chain-rule", Map.of("df_1/dx", "12x(2x^2-1)^2"))));
            assertEquals(expected, saved);
            String status = browser.findElement(By.id("save-status")).getText();
            assertTrue(status.matches("Saved 5 of 17 answers to " + SAVED.replace(".", "\\.")
                    + " at \\d\\d:\\d\\d:\\d\\d\\..*"), status);
            Thread.sleep(500);
            assertEquals(List.of(SAVED), list(downloads), "saved once");

            browser.navigate().refresh();
            waitForChecks(browser);
            assertEquals("1,25", box(browser, "lecture-example-1", "z[1]_1").getAttribute("value"));
            assertEquals("12x(2x^2-1)^2", box(browser, "chain-rule", "df_1/dx").getAttribute("value"));
            assertEquals("", box(browser, "lecture-example-2", "J(1)").getAttribute("value"));
            WebElement label = browser.findElement(By.cssSelector("label[for='"
                    + box(browser, "lecture-example-1", "J").getAttribute("id") + "']"));
            assertTrue(label.isDisplayed(), "the label of J's box is on the page");
            assertEquals(List.of(), HeadlessChromium.requestsOutside(browser, sheet), "no network");
            assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnreadableValueIsSaidAtOnceAndAnApproximationIsReadAsItsNumber(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver");
        Path sheet = sheet(dir, Locale.ENGLISH);
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("d")));
        try {
            open(browser, sheet);
            WebElement z = box(browser, "lecture-example-1", "z[1]_1");
            z.sendKeys("0.217 (rounded)");
            assertEquals("true", z.getAttribute("aria-invalid"));
            WebElement note = browser.findElement(By.id(z.getAttribute("aria-describedby")));
            assertEquals("The grader cannot read this: '0.217 (rounded)' is not a number or a simple arithmetic"
                    + " expression ('rounded' is not part of one).", note.getText());

            WebElement h = box(browser, "lecture-example-1", "h[1]_1");
            h.sendKeys("≈ −1.850");
            assertNull(h.getAttribute("aria-invalid"));
            assertEquals("Read as −1.850.", browser.findElement(By.id(h.getAttribute("aria-describedby"))).getText());
            WebElement j = box(browser, "lecture-example-1", "J");
            j.sendKeys("3/4");
            assertEquals("Read as 0.75.", browser.findElement(By.id(j.getAttribute("aria-describedby"))).getText());
            WebElement plain = box(browser, "lecture-example-1", "yhat_1");
            plain.sendKeys("-1.744");
            assertEquals("", browser.findElement(By.id(plain.getAttribute("aria-describedby"))).getText(),
                    "a plain number needs no note");

            z.clear();
            z.sendKeys("0.217");
            assertNull(z.getAttribute("aria-invalid"), "corrected");
            WebElement f = box(browser, "chain-rule", "df_1/dx");
            f.sendKeys("12x(2x^2-1");
            assertEquals("true", f.getAttribute("aria-invalid"), "an expression in x is checked too");
        } finally {
            browser.quit();
        }
    }

    @Test
    void enterMovesToTheNextBoxAndNeverSaves(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver");
        Path sheet = sheet(dir, Locale.ENGLISH);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), downloads);
        try {
            open(browser, sheet);
            WebElement first = box(browser, "lecture-example-1", "z[1]_1");
            first.sendKeys("1.25" + Keys.ENTER);
            assertEquals(box(browser, "lecture-example-1", "h[1]_1"), browser.switchTo().activeElement());
            browser.switchTo().activeElement().sendKeys("0.777" + Keys.ENTER + Keys.ENTER + Keys.ENTER);
            Thread.sleep(1000);
            assertEquals(List.of(), list(downloads), "Enter saved something");
            assertEquals("", browser.findElement(By.id("save-status")).getText());
            assertEquals(sheet.toUri().toString(), browser.getCurrentUrl(), "the page stays");
            assertEquals("1.25", first.getAttribute("value"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptThePageSaysWhatToDoAndNothingWipesTheBoxes(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver");
        Path sheet = sheet(dir, Locale.ENGLISH);
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("d")),
                false, 1280, 800);
        try {
            browser.get(sheet.toUri().toString());
            assertTrue(browser.findElement(By.cssSelector(".noscript")).getText()
                    .contains("Write your answers into answers-blank.txt"));
            assertFalse(browser.findElement(By.id("save-answers")).isDisplayed(), "no Save that cannot save");
            WebElement z = box(browser, "lecture-example-1", "z[1]_1");
            z.sendKeys("1.25" + Keys.ENTER);
            Thread.sleep(300);
            assertEquals(sheet.toUri().toString(), browser.getCurrentUrl(), "Enter does not navigate");
            assertEquals("1.25", box(browser, "lecture-example-1", "z[1]_1").getAttribute("value"));
        } finally {
            browser.quit();
        }
    }

    static Path sheet(Path dir, Locale locale) throws java.io.IOException {
        Path sheet = dir.resolve("sheet.html");
        Files.writeString(sheet, Sheets.sheet(TestPages.all(locale)), StandardCharsets.UTF_8);
        return sheet;
    }

    /** Opens the page and waits until the grader's parser has started in it. */
    static void open(WebDriver browser, Path page) {
        browser.get(page.toUri().toString());
        waitForChecks(browser);
    }

    static void waitForChecks(WebDriver browser) {
        HeadlessChromium.until(browser, b -> "ready".equals(b.findElement(By.id("answer-form"))
                .getAttribute("data-checking")), 10, "the grader's parser started in the page");
    }

    private static List<String> list(Path folder) throws java.io.IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static WebElement box(WebDriver browser, String exercise, String key) {
        return browser.findElement(By.cssSelector("input[data-exercise='" + exercise + "'][data-key='" + key + "']"));
    }
}
