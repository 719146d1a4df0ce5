package org.kakehashi.bench;

import java.io.IOException;
import java.time.Duration;
import org.kakehashi.browser.Chromium;
import org.openqa.selenium.WebDriver;

/** The browser of the benchmarks that measure pages: the browser tests' Chromium, with time for slow scripts. */
final class BenchBrowser {

    private BenchBrowser() {
    }

    /** A new browser with an empty profile: a cold cache, no cookies. */
    static WebDriver chromium() throws IOException {
        var options = Chromium.options();
        options.setScriptTimeout(Duration.ofSeconds(60));
        return Chromium.start(options);
    }
}
