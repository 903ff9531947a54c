package backpropgrader.render;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven through Debian's own chromedriver (nothing is downloaded), headless, with a fresh
 * profile and a download folder: for the tests that fill in a sheet's form and capture the saved file. The
 * browser's performance log (every request it makes) and console are kept, so a test can say that a page
 * reached nothing outside itself and broke none of its own rules.
 */
public final class HeadlessChromium {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern REQUEST_URL = Pattern.compile(
            "\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    private HeadlessChromium() {
    }

    /** Whether the machine has the browser and its driver (.ci/run installs both). */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    }

    public static WebDriver start(Path profile, Path downloads) {
        return start(profile, downloads, true, 1280, 800);
    }

    /** A browser with JavaScript on or off and a window of this size (CSS pixels). */
    public static WebDriver start(Path profile, Path downloads, boolean javaScript, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true,
                "profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        return new ChromeDriver(service, options);
    }

    /** Waits (up to {@code seconds}) until {@code condition} holds in the page; fails saying {@code what}. */
    public static void until(WebDriver browser, java.util.function.Predicate<WebDriver> condition, int seconds,
                             String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.test(browser)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The downloaded file, once Chromium has finished writing it (no .crdownload beside it). */
    public static Path waitFor(Path file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file) && Files.size(file) > 0
                    && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Chromium saved no " + file.getFileName() + " within 20 s; the folder holds "
                + Files.list(file.getParent()).map(p -> p.getFileName().toString()).toList());
    }

    /**
     * Every request the browser made since the last call that is not the page's own file, an object the page
     * made itself (blob:, data:) or the browser's own start page (chrome:, about:, and chrome-untrusted:, where
     * Chromium 150's new-tab page loads its parts): what a page that needs no network must leave empty.
     */
    public static List<String> requestsOutside(WebDriver browser, Path page) {
        String own = page.toUri().toString();
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher m = REQUEST_URL.matcher(e.getMessage());
            if (m.find()) {
                String url = m.group(1);
                if (!url.startsWith(own) && !url.matches("(blob|data|chrome|chrome-untrusted|about):.*")) {
                    out.add(url);
                }
            }
        }
        return out;
    }

    /** The console's errors since the last call (a refused request or a broken script shows here). */
    public static List<String> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }
}
