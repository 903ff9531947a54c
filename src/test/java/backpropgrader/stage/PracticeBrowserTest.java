package backpropgrader.stage;

import backpropgrader.engine.Misconception;
import backpropgrader.engine.Values;
import backpropgrader.engine.WorkedSolution;
import backpropgrader.engine.WorkedStep;
import backpropgrader.marking.Asked;
import backpropgrader.marking.ItemResult;
import backpropgrader.marking.Marker;
import backpropgrader.marking.Variant;
import backpropgrader.render.HeadlessChromium;
import backpropgrader.web.PracticeVariant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A practice page in a real headless Chromium, used as a student would: it shows a variant, New variant draws
 * another, and Check marks typed answers — correct, hand-rounded, a slip carried through, a sign error — with the
 * verdicts, reasons and misconception the JVM's marker gives on the same instance, and shows the worked solution
 * (with the student's own numbers where follow-through applied). The page reaches no network.
 */
@Tag("browser")
class PracticeBrowserTest {

    @TempDir
    Path dir;

    @Test
    void thePageMarksAsTheGraderDoesOnTheSameVariant() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver (.ci/run installs it)");
        PracticeStage.run(new PracticeStage.Request(dir.resolve("practice"), null,
                List.of("example-1-single-sample"), 7L));
        Path page = dir.resolve("practice/practice-example-1-single-sample.html");
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("d")));
        try {
            browser.get(page.toUri().toString());
            HeadlessChromium.until(browser, b -> "true".equals(form(b).getAttribute("data-ready")), 15,
                    "the practice page started its core");
            String first = form(browser).getAttribute("data-variant");
            browser.findElement(By.id("new-variant")).click();
            assertNotEquals(first, form(browser).getAttribute("data-variant"), "New variant draws another");
            assertTrue(browser.findElement(By.id("variant-status")).getText().matches("Practice variant \\d+ of 200"));
            Variant v = shown(browser);
            assertTrue(browser.findElement(By.id("variant-numbers")).getText()
                    .contains(backpropgrader.engine.Numbers.plain(v.instance().x()[0][0])), "its numbers are shown");

            Map<String, Map<String, String>> cases = new LinkedHashMap<>();
            cases.put("correct", SyntheticAnswers.of(v, SyntheticAnswers.Style.CORRECT, null));
            cases.put("hand-rounded", handRounded(v));
            cases.put("follow-through", SyntheticAnswers.of(v, SyntheticAnswers.Style.SLIP, null));
            cases.put("sign-error", SyntheticAnswers.of(v, SyntheticAnswers.Style.MISCONCEPTION,
                    Misconception.SIGN_ERROR));
            for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
                List<ItemResult> jvm = Marker.mark(v, c.getValue()).items();
                type(browser, c.getValue());
                browser.findElement(By.id("check-answers")).click();
                HeadlessChromium.until(browser, b -> b.findElement(By.id("results")).isDisplayed(), 10, "marks shown");
                for (ItemResult i : jvm) {
                    WebElement row = browser.findElement(By.cssSelector("#items tr[data-key='" + i.key() + "']"));
                    assertEquals(i.verdict().id(), row.getAttribute("data-verdict"), c.getKey() + " " + i.key());
                    assertEquals(i.reason(), row.findElement(By.cssSelector("td.why")).getText()
                            .replaceFirst("\\s*Hint: .*$", ""), c.getKey() + " " + i.key());
                    if (i.misconception() != null) {
                        assertEquals(i.misconception(), row.findElement(By.cssSelector("td.why"))
                                .getAttribute("data-misconception"));
                    }
                }
                String verdicts = jvm.stream().map(i -> i.verdict().id()).distinct().sorted().toList().toString();
                switch (c.getKey()) {
                    case "correct", "hand-rounded" -> assertEquals("[correct]", verdicts, c.getKey());
                    case "follow-through" -> assertTrue(verdicts.contains("follow-through"), verdicts);
                    default -> assertTrue(jvm.stream().anyMatch(i -> Misconception.SIGN_ERROR.id()
                            .equals(i.misconception())), "the sign error is named");
                }
                String worked = browser.findElement(By.id("worked")).getText();
                assertTrue(worked.contains("Forward pass") && worked.contains("Update weights"), worked);
                String heading = browser.findElement(By.id("worked-heading")).getText();
                boolean own = jvm.stream().anyMatch(i -> i.verdict() == backpropgrader.marking.Verdict.FOLLOW_THROUGH);
                assertEquals(own ? "Worked solution with your own numbers" : "Worked solution", heading, c.getKey());
            }
            assertEquals(List.of(), HeadlessChromium.requestsOutside(browser, page), "no network");
            assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
            System.out.println("practice page interactive after " + form(browser).getAttribute("data-ready-ms") + " ms");
        } finally {
            browser.quit();
        }
    }

    /** The variant on screen, as the page's pool holds it, rebuilt on the JVM. */
    static Variant shown(WebDriver browser) {
        String json = (String) ((JavascriptExecutor) browser).executeScript("return JSON.stringify(JSON.parse("
                + "document.getElementById('practice-pool').textContent)[Number(arguments[0])]);",
                form(browser).getAttribute("data-variant"));
        return PracticeVariant.decode(json);
    }

    /** What a careful hand computation writes: each step from the shown (rounded) numbers before it. */
    static Map<String, String> handRounded(Variant v) {
        Values exact = v.reference();
        Map<String, String> results = new HashMap<>();
        for (WorkedSolution.Section s : WorkedSolution.of(exact, v.marking().decimals())) {
            for (WorkedStep step : s.steps()) {
                results.put(step.key(), step.result());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Asked a : v.asked()) {
            out.put(a.key(), results.get(a.key()));
        }
        return out;
    }

    private static void type(WebDriver browser, Map<String, String> answers) {
        for (Map.Entry<String, String> a : answers.entrySet()) {
            WebElement box = browser.findElement(By.cssSelector("#practice-form input[data-key='" + a.getKey() + "']"));
            box.clear();
            box.sendKeys(a.getValue());
        }
    }

    private static WebElement form(WebDriver b) {
        return b.findElement(By.id("practice-form"));
    }
}
