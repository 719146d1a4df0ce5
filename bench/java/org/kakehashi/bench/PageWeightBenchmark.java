package org.kakehashi.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * bench/run page-weight: bytes transferred and time to an interactive login page and to the first list after
 * login (the secretary's member register), in headless Chromium, with a cold cache (a new browser profile) and a
 * warm one (the same browser after logging out). Each configuration named on the command line runs as its own
 * server (the production jar, started from target/bench/page-weight), and the rounds alternate between them.
 *
 * <p>The figures come from the page itself: the Navigation and Resource Timing API (transferSize: bytes on the wire
 * with headers, 0 from the cache), and {@code performance.now()} when the login form's username field exists, or
 * when the grid has its rows, so the time counts from the navigation's start and not from the driver's calls.
 */
public final class PageWeightBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int FIRST_PORT = Integer.getInteger("bench.port", 8095);

    /** Polls in the page itself until the condition holds, then answers the time since the navigation started. */
    private static final String TIME_WHEN = """
            const done = arguments[arguments.length - 1];
            const ready = () => { %s };
            const poll = () => ready() ? done(performance.now()) : requestAnimationFrame(poll);
            poll();
            """;
    private static final String LOGIN_READY = "const u = document.querySelector(\"input[name='username']\");"
            + " return u !== null && u.offsetParent !== null;";
    private static final String LIST_READY = "const g = document.querySelector('vaadin-grid');"
            + " const row = g && g.shadowRoot && g.shadowRoot.querySelector('#items [part~=\"row\"]');"
            + " return row !== null && g.size > 0 && !g.hasAttribute('loading') && !row.hasAttribute('loading');";
    private static final String BYTES = """
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            return entries.map(e => [e.name, e.initiatorType, e.transferSize, e.encodedBodySize, e.decodedBodySize]);
            """;

    private PageWeightBenchmark() {
    }

    /**
     * Arguments: configurations as name=server arguments separated by ';', e.g.
     * {@code before=--server.compression.enabled=false}; none measures the jar as built.
     */
    public static void main(String[] args) throws Exception {
        var configurations = new LinkedHashMap<String, String>();
        for (var arg : args.length == 0 ? new String[] {"as-built="} : args) {
            var at = arg.indexOf('=');
            configurations.put(arg.substring(0, at), arg.substring(at + 1));
        }
        var servers = new LinkedHashMap<String, BenchServer>();
        int port = FIRST_PORT;
        for (var configuration : configurations.entrySet()) {
            servers.put(configuration.getKey(), start(configuration.getKey(), port++, configuration.getValue()));
        }
        try {
            var results = new LinkedHashMap<String, List<double[]>>();
            boolean listed = false;
            for (int round = 1; round <= ROUNDS; round++) {
                for (var server : servers.values()) {
                    var figures = measure(server, !listed);
                    listed = true;
                    results.computeIfAbsent(server.name(), name -> new ArrayList<>()).add(figures);
                    System.out.printf(Locale.ROOT, "round %d %s %s (load %s)%n", round, server.name(),
                            Arrays.toString(figures), BenchServer.load());
                }
            }
            print(results);
        } finally {
            servers.values().forEach(BenchServer::stop);
        }
    }

    /**
     * One browser, a fresh profile: login page cold, log in, first list cold, log out, login page warm, log in,
     * first list warm. Answers ms and bytes of each, in that order.
     */
    private static double[] measure(BenchServer server, boolean listResources) throws IOException {
        var browser = BenchBrowser.chromium();
        try {
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            var figures = new double[8];
            browser.get(server.url("login"));
            figures[0] = timeWhen(browser, LOGIN_READY);
            figures[1] = bytes(browser, listResources ? "cold login page" : null);
            logIn(browser, wait);
            figures[2] = timeWhen(browser, LIST_READY);
            figures[3] = bytes(browser, listResources ? "cold first list" : null);
            browser.findElement(By.cssSelector(".user-panel > vaadin-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
            browser.get(server.url("login"));
            figures[4] = timeWhen(browser, LOGIN_READY);
            figures[5] = bytes(browser, listResources ? "warm login page" : null);
            logIn(browser, wait);
            figures[6] = timeWhen(browser, LIST_READY);
            figures[7] = bytes(browser, listResources ? "warm first list" : null);
            return figures;
        } finally {
            browser.quit();
        }
    }

    private static void logIn(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys("secretary");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("kakehashi-demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/members"));
    }

    private static double timeWhen(WebDriver browser, String condition) {
        return ((Number) ((JavascriptExecutor) browser).executeAsyncScript(TIME_WHEN.formatted(condition)))
                .doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double bytes(WebDriver browser, String listAs) {
        var entries = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(BYTES);
        long total = 0;
        for (var entry : entries) {
            total += ((Number) entry.get(2)).longValue();
        }
        if (listAs != null) {
            System.out.printf(Locale.ROOT, "%n%s: %d requests, %d bytes transferred%n", listAs, entries.size(), total);
            System.out.println("  transferred  encoded    decoded    type            name");
            entries.stream()
                    .sorted((a, b) -> Long.compare(((Number) b.get(2)).longValue(), ((Number) a.get(2)).longValue()))
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %10d %10d %10d  %-15s %s%n",
                            ((Number) e.get(2)).longValue(), ((Number) e.get(3)).longValue(),
                            ((Number) e.get(4)).longValue(), e.get(1), e.get(0)));
        }
        return total;
    }

    private static void print(Map<String, List<double[]>> results) {
        String[] names = {"login page cold", "first list cold", "login page warm", "first list warm"};
        System.out.printf(Locale.ROOT, "%n%s%n%n", BenchServer.load());
        System.out.println("| configuration | page | median ms | median bytes transferred |");
        System.out.println("|---|---|---|---|");
        results.forEach((configuration, rounds) -> {
            for (int page = 0; page < names.length; page++) {
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f |%n", configuration, names[page],
                        median(rounds, 2 * page), median(rounds, 2 * page + 1));
            }
        });
    }

    private static double median(List<double[]> rounds, int index) {
        var values = rounds.stream().mapToDouble(figures -> figures[index]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** The production jar, run in a scratch directory of its own (a fresh H2 database with the demo accounts). */
    private static BenchServer start(String name, int port, String arguments) throws IOException, InterruptedException {
        var directory = Path.of("target", "bench", "page-weight", name);
        FileSystemUtils.deleteRecursively(directory);
        return BenchServer.start(name, directory, port, List.of(),
                arguments.isBlank() ? List.of() : Arrays.asList(arguments.trim().split(";")));
    }
}
