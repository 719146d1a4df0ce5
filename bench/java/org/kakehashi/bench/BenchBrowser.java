package org.kakehashi.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the benchmarks that measure pages in a browser; never a downloaded one. */
final class BenchBrowser {

    private static final String CHROMIUM = System.getProperty("kakehashi.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("kakehashi.chromedriver", "/usr/bin/chromedriver");

    private BenchBrowser() {
    }

    /** A new browser with an empty profile: a cold cache, no cookies. */
    static WebDriver chromium() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("kakehashi-bench-chromium"));
        options.setScriptTimeout(Duration.ofSeconds(60));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }
}
