package org.kakehashi.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests in headless Debian Chromium against the application on a random port. The browser and its
 * driver come from the system (apt-get install chromium chromium-driver): nothing is downloaded by the test.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;

    protected WebDriver browser;
    protected WebDriverWait wait;
    /** Where the browser saves what it downloads, one folder per test. */
    protected Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        var options = Chromium.options();
        downloads = Files.createTempDirectory("kakehashi-downloads");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        configure(options);
        browser = Chromium.start(options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** For a test that needs more of the browser, such as a download directory. */
    protected void configure(ChromeOptions options) throws IOException {
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
    }

    /** Logs in through the login form, as a person would type it. */
    protected void logIn(String username, String password) {
        open("login");
        var usernameField = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        usernameField.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    protected WebElement waitFor(String cssSelector) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Waits until the browser has finished writing a download named prefix…suffix, and gives its file. */
    protected Path downloaded(String prefix, String suffix) {
        return wait.until(driver -> finishedDownload(prefix, suffix).orElse(null));
    }

    private Optional<Path> finishedDownload(String prefix, String suffix) {
        try (var files = Files.list(downloads)) {
            var names = files.toList();
            if (names.stream().anyMatch(path -> path.toString().endsWith(".crdownload"))) {
                return Optional.empty();
            }
            return names.stream().filter(path -> path.getFileName().toString().startsWith(prefix)
                    && path.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
