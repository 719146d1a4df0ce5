package org.kakehashi.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * bench/run session-memory: the heap a logged-in session keeps on the server. The production jar runs with
 * {@code -Xmx1g} on a fresh embedded database; one headless Chromium logs in as the board member (who may open the
 * three main lists and the dashboard) again and again, each time with an empty cookie jar, so each login is a
 * session of its own that stays on the server, as a user's would, with its UI on the last page opened. The live
 * heap is read after a full GC ({@code jcmd GC.class_histogram}); per session = (live heap with N sessions - live
 * heap before) / N. At the end every session logs out (Spring Security's POST /logout with its cookie and CSRF
 * token) and the live heap is read again.
 */
public final class SessionMemoryBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 8097);
    private static final int PER_VIEW = Integer.getInteger("bench.per-view", 20);
    private static final int[] TOUR = {Integer.getInteger("bench.sessions", 50), Integer.getInteger("bench.more-sessions", 200)};
    private static final String BASE = "http://localhost:" + PORT + "/";

    /** True once the Flow client has no request under way, the same test as Vaadin's own browser tests use. */
    private static final String IDLE = "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return !!c && Object.keys(c).length > 0"
            + " && Object.values(c).every(client => !client.isActive || !client.isActive());";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final BenchServer server;
    private final List<String> sessions = new ArrayList<>();

    private SessionMemoryBenchmark(WebDriver browser, BenchServer server) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        var directory = Path.of("target", "bench", "session-memory");
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        // Sessions must outlive the run: on a busy machine 200 logins take longer than the default 30 minutes
        var arguments = new ArrayList<>(List.of("--server.servlet.session.timeout=3h"));
        arguments.addAll(List.of(args));
        var server = BenchServer.start("session-memory", directory, PORT, List.of("-Xmx1g"), arguments);
        WebDriver browser = null;
        try {
            browser = BenchBrowser.chromium();
            new SessionMemoryBenchmark(browser, server).run();
        } finally {
            if (browser != null) {
                browser.quit();
            }
            server.stop();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        var rows = new Rows();
        // Three tours logged out again: classes loaded, caches and pools filled, before the baseline
        for (int i = 0; i < 3; i++) {
            openSession(List.of("members", "delegations", "pipeline", "dashboard"));
        }
        logOutAll();
        var baseline = server.liveHeap();
        long before = baseline.get("Total");
        rows.add(row("before any session", 0, baseline, before));

        long previous = before;
        for (var view : List.of("dashboard", "members", "delegations", "pipeline")) {
            for (int i = 0; i < PER_VIEW; i++) {
                openSession(view.equals("dashboard") ? List.of() : List.of(view));
            }
            var now = server.liveHeap();
            rows.add(row(PER_VIEW + " sessions on " + (view.equals("dashboard") ? "the dashboard (idle, landing)"
                    : "/" + view), PER_VIEW, now, previous));
            previous = now.get("Total");
        }
        long toursStart = previous;
        int toured = 0;
        Map<String, Long> atMost = null;
        for (int n : TOUR) {
            while (toured < n) {
                openSession(List.of("members", "delegations", "pipeline", "dashboard"));
                toured++;
            }
            atMost = server.liveHeap();
            rows.add(row(n + " sessions after members, delegations, pipeline, dashboard", n, atMost, toursStart));
            printGrowth(baseline, atMost, sessions.size());
        }
        int open = sessions.size();
        logOutAll();
        rows.add(row("all " + open + " sessions logged out", 0, server.liveHeap(), before));

        System.out.printf(Locale.ROOT, "%nJDK %s, -Xmx1g, %s%n%n", Runtime.version(), BenchServer.load());
        System.out.println("| step | sessions alive | live heap MB | per session KB |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static void printGrowth(Map<String, Long> baseline, Map<String, Long> now, int open) {
        System.out.printf(Locale.ROOT, "%nWhat grew most from before any session to %d sessions open (bytes per session):%n", open);
        var growth = new ArrayList<Map.Entry<String, Long>>();
        for (var entry : now.entrySet()) {
            growth.add(Map.entry(entry.getKey(), entry.getValue() - baseline.getOrDefault(entry.getKey(), 0L)));
        }
        growth.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        growth.stream().filter(entry -> !entry.getKey().equals("Total") && !entry.getKey().equals("sessions alive"))
                .limit(30).forEach(entry ->
                System.out.printf(Locale.ROOT, "  %8d  %s%n", entry.getValue() / open, entry.getKey()));
    }

    /** The table's rows, each also printed when measured, so a long run shows its progress. */
    private static final class Rows extends ArrayList<String> {
        @Override
        public boolean add(String row) {
            System.out.printf(Locale.ROOT, "%s (%s)%n", row, BenchServer.load());
            return super.add(row);
        }
    }

    private static String row(String step, int sessions, Map<String, Long> histogram, long from) {
        long heap = histogram.get("Total");
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %s |", step,
                histogram.getOrDefault("sessions alive", 0L), heap / 1048576.0,
                sessions == 0 ? String.format(Locale.ROOT, "(%+.1f MB)", (heap - from) / 1048576.0)
                        : String.format(Locale.ROOT, "%.0f", (heap - from) / 1024.0 / sessions));
    }

    /** A new session: an empty cookie jar, the login form, then the side navigation to each view in turn. */
    private void openSession(List<String> views) {
        browser.manage().deleteAllCookies();
        browser.get(BASE + "login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
                .sendKeys("board");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("kakehashi-demo");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        awaitIdle();
        for (var view : views) {
            browser.findElement(By.cssSelector("vaadin-side-nav-item[path$='" + view + "']")).click();
            wait.until(ExpectedConditions.urlMatches("/" + view + "$"));
            awaitIdle();
        }
        sessions.add(browser.manage().getCookieNamed("JSESSIONID").getValue());
    }

    private void awaitIdle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(IDLE));
    }

    /** Spring Security's logout, as the logout button ends in: POST /logout with the session's CSRF token. */
    private void logOutAll() throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (var session : sessions) {
            var page = client.send(HttpRequest.newBuilder(URI.create(BASE + "dashboard"))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            var csrf = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                System.out.println("session " + session + " is no longer logged in (" + page.statusCode() + ")");
                continue;
            }
            var logout = client.send(HttpRequest.newBuilder(URI.create(BASE + "logout"))
                    .header("Cookie", "JSESSIONID=" + session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (logout.statusCode() != 302) {
                throw new IllegalStateException("logout of " + session + " answered " + logout.statusCode());
            }
        }
        sessions.clear();
    }
}
