package org.kakehashi.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its ChromeDriver, for the browser tests and the benchmarks that measure pages in
 * a browser; never a browser a tool downloads.
 */
public final class Chromium {

    private static final String CHROMIUM = System.getProperty("kakehashi.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("kakehashi.chromedriver", "/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Headless, in English, with a new empty profile: a cold cache and no cookies. */
    public static ChromeOptions options() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en",
                "--user-data-dir=" + Files.createTempDirectory("kakehashi-chromium"));
        return options;
    }

    public static WebDriver start(ChromeOptions options) {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }
}
