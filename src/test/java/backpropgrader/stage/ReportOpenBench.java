package backpropgrader.stage;

import backpropgrader.render.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a class report reads in a real headless Chromium: its size, the time from navigation to the load event
 * (parsing, layout and the table script), and the time one sort of the student table and one search take. For a
 * bench class: {@code ./grader bench --students 10000 --keep DIR}, then with the test classpath (surefire writes
 * it into {@code target/surefire-reports/TEST-*.xml}, property {@code surefire.test.class.path}):
 * {@code java -cp CLASSPATH backpropgrader.stage.ReportOpenBench DIR/graded/report.html [WORD]} (WORD: what
 * to search for, "1" by default).
 */
public final class ReportOpenBench {

    private ReportOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]).toAbsolutePath();
        Path dir = Files.createTempDirectory("report-bench");
        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"), Files.createDirectories(dir.resolve("dl")));
        try {
            browser.manage().window().setSize(new Dimension(1280, 900));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                browser.get(report.toUri() + "?run=" + run);
                long wall = (System.nanoTime() - start) / 1_000_000;
                Number load = (Number) js.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                        + " return Math.round(t.loadEventEnd);");
                Number rows = (Number) js.executeScript("return document.querySelectorAll('#student-table tbody tr')"
                        + ".length;");
                Number sort = (Number) js.executeScript("var b = document.querySelector('#student-table thead th:nth-child(5)"
                        + " button'); if (!b) { return -1; } var t = performance.now();"
                        + " b.click(); document.body.offsetHeight; return Math.round(performance.now() - t);");
                Number search = (Number) js.executeScript("var s = document.getElementById('student-search');"
                        + " if (!s) { return -1; } var t = performance.now(); s.value = arguments[0];"
                        + " s.dispatchEvent(new Event('input')); document.body.offsetHeight;"
                        + " return Math.round(performance.now() - t);", args.length > 1 ? args[1] : "1");
                System.out.printf(Locale.ROOT, "run %d: %,d bytes, %d student rows; load event at %d ms (get() returned"
                        + " after %d ms); one sort %d ms; one search %d ms (%s)%n", run, Files.size(report),
                        rows.longValue(), load.longValue(), wall, sort.longValue(), search.longValue(),
                        browser.findElements(By.id("student-shown")).isEmpty() ? "no script:"
                                : browser.findElement(By.id("student-shown")).getText());
            }
        } finally {
            browser.quit();
        }
    }
}
