package backpropgrader.render;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's Chromium driven through Debian's own chromedriver (nothing is downloaded), headless, with a fresh
 * profile and a download folder: for the tests that fill in a sheet's form and capture the saved file.
 */
public final class HeadlessChromium {

    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Whether the machine has the browser and its driver (.ci/run installs both). */
    public static boolean installed() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    }

    public static WebDriver start(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build();
        return new ChromeDriver(service, options);
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
}
