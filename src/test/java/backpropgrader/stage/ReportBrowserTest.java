package backpropgrader.stage;

import backpropgrader.render.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo's pages in a real headless Chromium: the report's student table sorts by a heading (and back), finds
 * students by a word and by status; and the report and the feedback pages fit a 360 px phone without the page
 * scrolling sideways (a wide table scrolls in its own box).
 */
@Tag("browser")
class ReportBrowserTest {

    @TempDir
    static Path dir;
    static DemoStage.Summary demo;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "no " + HeadlessChromium.DRIVER + " (apt-get install chromium-driver; .ci/run does)");
        // A long folder, as a temporary or LMS folder can be: the report's warnings quote full paths, and a page
        // that fits only with a short one overflowed a phone by chance (JUnit's folder names vary in length).
        demo = DemoStage.run(dir.resolve("course-folder-with-a-long-name-12345678901234567890/demo"), false,
                GradeStage.Progress.NONE);
        browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<WebElement> visibleRows() {
        return browser.findElements(By.cssSelector("#student-table tbody tr")).stream().filter(WebElement::isDisplayed)
                .toList();
    }

    private static List<String> column(int cell) {
        List<String> out = new ArrayList<>();
        for (WebElement r : visibleRows()) {
            out.add(r.findElements(By.cssSelector("th, td")).get(cell).getText().strip());
        }
        return out;
    }

    @Test
    void theStudentTableSortsAndFilters() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(demo.graded().layout().report().toUri().toString());
        assertTrue(browser.findElement(By.id("student-controls")).isDisplayed(), "the script shows its controls");
        assertEquals(31, visibleRows().size());
        assertEquals("all 31 found", browser.findElement(By.id("student-shown")).getText());

        WebElement score = browser.findElement(By.xpath("//table[@id='student-table']//th[contains(., 'Score')]/button"));
        score.click();
        List<String> up = column(3);
        assertEquals("0 of 113", up.get(0), "lowest first: " + up);
        assertEquals("—", up.get(up.size() - 1), "no score (unreadable, unknown) last: " + up);
        score.click();
        List<String> down = column(3);
        assertEquals("113 of 113", down.get(0), "then highest first: " + down);
        assertEquals("descending", browser.findElement(By.xpath("//table[@id='student-table']//th[contains(., 'Score')]"))
                .getAttribute("aria-sort"));
        browser.findElement(By.xpath("//table[@id='student-table']//th[contains(., 'Name')]/button")).click();
        List<String> names = column(1);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted.subList(1, sorted.size()), names.subList(1, names.size()), "by name (s99 has none)");

        WebElement search = browser.findElement(By.id("student-search"));
        search.sendKeys("cohen");
        assertEquals(List.of("s30"), column(0), "a word finds the student by name");
        assertEquals("1 of 31 found", browser.findElement(By.id("student-shown")).getText());
        search.clear();
        search.sendKeys(" ");
        status("not-submitted");
        List<String> none = new ArrayList<>(column(0));
        none.sort(null);
        assertEquals(List.of("s28", "s29", "s30"), none);
        status("flagged");
        List<String> flagged = new ArrayList<>(column(0));
        flagged.sort(null);
        assertEquals(List.of("s24", "s25"), flagged, "the blank hand-in and the copy");
    }

    /** The outermost elements that reach past the screen's right edge, outside a scrolling box. */
    private static final String WIDE = "var w = document.documentElement.clientWidth, out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) {"
            + "  if (e.closest('.scroll') || e.getBoundingClientRect().right <= w + 0.5) { return; }"
            + "  var p = e.parentElement; if (p && p !== document.body && p.getBoundingClientRect().right > w + 0.5"
            + "      && !p.closest('.scroll')) { return; }"
            + "  out.push(e.tagName + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right));"
            + "}); return out.slice(0, 8).join('; ');";

    @Test
    void aLargeClassShowsItsFirst200RowsUntilAskedForAll() {
        Path bench = dir.resolve("bench");
        BenchStage.run(250, List.of(), bench);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(bench.resolve("graded/report.html").toUri().toString());
        assertEquals(200, visibleRows().size(), "one page of rows laid out");
        assertEquals("all 250 found, the first 200 shown", browser.findElement(By.id("student-shown")).getText());
        browser.findElement(By.id("student-more")).click();
        assertEquals(250, visibleRows().size());
        assertTrue(!browser.findElement(By.id("student-more")).isDisplayed(), "nothing more to show");
        status("not-submitted");
        assertEquals(browser.findElements(By.cssSelector("#student-table tbody tr[data-status='not-submitted']")).size(),
                visibleRows().size(), "a status: every student with it, on one page");
    }

    private static void status(String value) {
        browser.findElement(By.cssSelector("#student-status option[value='" + value + "']")).click();
    }

    @Test
    void pagesFitAPhoneWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(360, 800));
        for (Path page : List.of(demo.graded().layout().report(), demo.graded().layout().feedback("s14"),
                demo.graded().layout().feedback("s11"), demo.graded().layout().feedback("s26"),
                demo.graded().layout().feedback("s28"))) {
            browser.get(page.toUri().toString());
            Object[] widths = ((List<?>) ((JavascriptExecutor) browser).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")).toArray();
            long scroll = ((Number) widths[0]).longValue();
            long client = ((Number) widths[1]).longValue();
            assertTrue(scroll <= client, () -> page.getFileName() + ": the page is " + scroll + " px wide on a "
                    + client + " px screen; too wide: " + ((JavascriptExecutor) browser).executeScript(WIDE));
        }
    }
}
