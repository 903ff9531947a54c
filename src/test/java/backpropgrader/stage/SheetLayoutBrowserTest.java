package backpropgrader.stage;

import backpropgrader.render.HeadlessChromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A generated sheet with every bundled family, in a real headless Chromium at a phone's width and a laptop's: no
 * page-wide sideways scroll from 360 px (wide tables and formulas scroll in their own box), every weight readable
 * in a table beside the diagram, and keyboard focus never hidden under the sticky save bar on any Tab stop
 * (WCAG 2.4.11). The course's due date and hand-in instruction, and its title as the heading, are on the sheet.
 */
@Tag("browser")
class SheetLayoutBrowserTest {

    @TempDir
    Path dir;

    @Test
    void fromAPhoneToALaptopNothingScrollsSidewaysAndFocusIsNeverHidden() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "no chromium-driver (.ci/run installs it)");
        Path sheet = sheet();
        for (int[] size : new int[][] {{360, 740}, {390, 844}, {1280, 800}}) {
            WebDriver browser = HeadlessChromium.start(dir.resolve("profile-" + size[0]),
                    Files.createDirectories(dir.resolve("d")), true, size[0], size[1]);
            try {
                browser.get(sheet.toUri().toString());
                HeadlessChromium.until(browser, b -> "ready".equals(b.findElement(By.id("answer-form"))
                        .getAttribute("data-checking")), 15, "the sheet's parser started");
                JavascriptExecutor js = (JavascriptExecutor) browser;
                long width = (Long) js.executeScript("return document.documentElement.clientWidth;");
                long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth;");
                assertEquals(width, scroll, size[0] + " px: the page scrolls sideways");
                assertEquals(List.of(), hiddenFocus(browser), size[0] + " px: Tab stops hidden under the save bar");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void theSheetHasTheCourseTitleTheDueDateTheHandInAndAWeightsTable() throws IOException {
        String html = Files.readString(sheet());
        assertTrue(html.contains("<h1>EMS702P &lt;Week 9&gt; &amp; friends</h1>"), "the course title is the heading");
        assertTrue(html.contains("<strong class=\"due\">due Friday 14 March 2025, 17:00</strong>"), "the due date");
        assertTrue(html.contains("<strong>How to hand in:</strong> Upload the saved file to QMplus, Week 9."));
        assertTrue(html.contains("<caption>Weights into hidden layer 1</caption>"), "the weights table");
        assertTrue(html.contains("<td title=\"w[1]_2,1\"><span class=\"sr-only\">w[1]_2,1 = </span>"), "each weight");
        assertTrue(!html.contains("inputmode=\"decimal\"") && !html.contains("inputmode=\"numeric\""),
                "a keypad without a minus sign");
    }

    private Path sheet() throws IOException {
        GenerateFixture fx = new GenerateFixture(dir);
        Files.writeString(dir.resolve("course.yaml"), Files.readString(dir.resolve("course.yaml"))
                + "due: 2025-03-14 17:00\nhand_in: Upload the saved file to QMplus, Week 9.\n");
        assertEquals(0, fx.generate(), fx.err);
        return fx.out("students/s1/sheet.html");
    }

    /**
     * Each Tab stop from the first box to the Save button (boxes, and scrolling boxes the browser lets Tab reach)
     * that ends up (partly) under the save bar or above the window.
     */
    private static List<String> hiddenFocus(WebDriver browser) {
        List<WebElement> boxes = browser.findElements(By.cssSelector("input[data-key]"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].focus();", boxes.get(0));
        List<String> hidden = new ArrayList<>();
        int stops = 0;
        for (int i = 0; i < 3 * boxes.size() && !"save-answers".equals(browser.switchTo().activeElement()
                .getAttribute("id")); i++) {
            stops++;
            String why = (String) js.executeScript("""
                    var e = document.activeElement, r = e.getBoundingClientRect();
                    if (e.tagName !== 'INPUT') { return ''; }
                    var bar = document.querySelector('.save-bar').getBoundingClientRect();
                    return r.bottom > bar.top + 0.5 ? e.id + ' under the bar' : r.top < 0 ? e.id + ' above' : '';
                    """);
            if (!why.isEmpty()) {
                hidden.add(why);
            }
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertTrue(stops >= boxes.size(), "Tab reached " + stops + " stops for " + boxes.size() + " boxes");
        return hidden;
    }
}
