package org.kakehashi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 8, item 3: concurrent users doing a mixed workflow against the production jar on loopback. What it measures,
 * how, and the results: bench/README.md, "Under load". Bounded: every user stops after the warm-up and the measured
 * time, or after {@code bench.iterations} rounds of the workflow, or at its first failure, whichever comes first.
 */
public final class LoadBenchmark {

    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warm-up", 60));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.duration", 300));
    private static final int ITERATIONS = Integer.getInteger("bench.iterations", 1000);
    private static final int THINK_MIN_MS = 1000;
    private static final int THINK_MAX_MS = 3000;
    private static final int PORT = Integer.getInteger("bench.port", 8096);
    private static final String PASSWORD = "load-test-password-2026";
    private static final long FIRST_USER_ID = 800_001;
    /**
     * Each user works on organisations and leads of its own, so that no two edit the same one: those with as many
     * digits as the largest id, which a search for the number finds with at most one other (the largest id itself).
     * Leads ending in 2, never a confidential one (every tenth).
     */
    private static final int FIRST_ORGANISATION = MemberRegisterBenchmark.ORGANISATIONS / 10;
    private static final int ORGANISATION_SLOTS = MemberRegisterBenchmark.ORGANISATIONS - FIRST_ORGANISATION;
    private static final int FIRST_LEAD = DashboardBenchmark.LEADS / 10 + 2;
    private static final int LEAD_SLOTS = (DashboardBenchmark.LEADS - FIRST_LEAD) / 10;
    private static final String[] PLACES = {"Lund", "Malmö", "Skåne", "Nordic", "Göteborg"};
    private static final Pattern ACCESS = Pattern.compile("^(\\d+) (\\S+) (\\S+) \\S+ (\\d{3}) (\\d+)$");

    private final BenchServer server;
    private final long measureFrom;
    private final long measureUntil;
    private final Map<String, List<Double>> clientMillis = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger rounds = new AtomicInteger();
    private final ConcurrentLinkedQueue<UidlClient> loggedIn = new ConcurrentLinkedQueue<>();

    private LoadBenchmark(BenchServer server, long measureFrom, long measureUntil) {
        this.server = server;
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
    }

    public static void main(String[] args) throws Exception {
        var directory = Path.of("target", "bench", "load").toAbsolutePath();
        FileSystemUtils.deleteRecursively(directory.resolve("server"));
        prepareDatabase();
        var jvmOptions = new ArrayList<>(List.of("-Xmx1g",
                "-Xlog:gc:file=" + directory.resolve("server").resolve("gc.log") + ":uptimemillis"));
        // e.g. -Dbench.jvm=-XX:StartFlightRecording=filename=load.jfr to see where the server's time goes
        var extra = System.getProperty("bench.jvm", "");
        if (!extra.isBlank()) {
            jvmOptions.addAll(List.of(extra.trim().split("\\s+")));
        }
        var server = BenchServer.start("load", directory.resolve("server"), PORT, jvmOptions,
                List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("h2").resolve("kakehashi")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=65536"
                                + ";WRITE_DELAY=0",
                        "--kakehashi.demo-data=false",
                        "--server.tomcat.accesslog.enabled=true",
                        "--server.tomcat.accesslog.directory=" + directory.resolve("server"),
                        "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                        "--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false",
                        // the request's start in ms since the epoch, the request line, status, time taken in µs
                        "--server.tomcat.accesslog.pattern=%{begin:msec}t %r %s %D"));
        try {
            var idle = server.liveHeap();
            long start = System.currentTimeMillis();
            var benchmark = new LoadBenchmark(server, start + WARM_UP.toMillis(),
                    start + WARM_UP.toMillis() + MEASURED.toMillis());
            var cpu = benchmark.run();
            benchmark.report(idle, cpu, directory.resolve("server"));
        } finally {
            server.stop();
        }
        System.exit(0);
    }

    /**
     * The data of the dashboard benchmark (100,000 organisations, 2,000 delegations, 20,000 leads, all times
     * {@code -Dbench.scale}) in an H2 file database, and the users of the test, each a secretary and an officer.
     */
    private static void prepareDatabase() throws Exception {
        try (var context = Bench.start("h2", "load/h2", "unused")) {
            var encoder = context.getBean(PasswordEncoder.class);
            Bench.load(context, "h2", connection -> {
                DashboardBenchmark.loadAll(connection);
                var hash = encoder.encode(PASSWORD);
                try (var users = connection.prepareStatement("insert into app_user (id, version, username,"
                        + " display_name, password_hash, enabled, must_change_password, locale)"
                        + " values (?, 0, ?, ?, ?, true, false, 'en')");
                     var roles = connection.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
                    for (int user = 0; user < USERS; user++) {
                        users.setLong(1, FIRST_USER_ID + user);
                        users.setString(2, username(user));
                        users.setString(3, String.format(Locale.ROOT, "Load Tester %02d", user + 1));
                        users.setString(4, hash);
                        users.addBatch();
                        for (var role : List.of("SECRETARY", "OFFICER")) {
                            roles.setLong(1, FIRST_USER_ID + user);
                            roles.setString(2, role);
                            roles.addBatch();
                        }
                    }
                    users.executeBatch();
                    roles.executeBatch();
                }
                connection.commit();
                Bench.advanceSequences(connection);
                connection.commit();
            });
        }
    }

    private static String username(int user) {
        return String.format(Locale.ROOT, "load-%02d", user + 1);
    }

    /** Runs the users; returns the server's CPU samples (wall ms, CPU seconds), one a second. */
    private List<double[]> run() throws InterruptedException, IOException {
        var cpu = Collections.synchronizedList(new ArrayList<double[]>());
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            try {
                cpu.add(new double[] {System.currentTimeMillis(), server.cpuSeconds()});
            } catch (IOException ended) {
                // the server is gone: the last sample stands
            }
        }, 0, 1, TimeUnit.SECONDS);
        try (var users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < USERS; user++) {
                int number = user;
                users.submit(() -> user(number));
            }
            users.shutdown();
            if (!users.awaitTermination(WARM_UP.plus(MEASURED).plusMinutes(5).toMillis(), TimeUnit.MILLISECONDS)) {
                failures.add("users still running after the time was up: stopped");
                users.shutdownNow();
            }
        }
        sampler.shutdownNow();
        return cpu;
    }

    /** One user: logs in (spread over the first seconds), then does the workflow until the time is up. */
    private void user(int user) {
        var random = ThreadLocalRandom.current();
        var client = new UidlClient(server.url(""));
        try {
            Thread.sleep(random.nextInt(10_000));
            timed("login", () -> client.logIn(username(user), PASSWORD, ""));
            loggedIn.add(client);
            for (int round = 0; round < ITERATIONS && System.currentTimeMillis() < measureUntil; round++) {
                int slot = user + USERS * round;
                workflow(client, FIRST_ORGANISATION + slot % ORGANISATION_SLOTS, FIRST_LEAD + 10 * (slot % LEAD_SLOTS));
                rounds.incrementAndGet();
            }
        } catch (Exception | AssertionError failure) {
            failures.add(username(user) + ": " + failure);
        }
    }

    /**
     * Search the members, open one, change its notes and save; move a lead on the board to another stage and back;
     * open the calendar; open the dashboard. A think time of 1 to 3 s before each step.
     */
    private void workflow(UidlClient client, int organisation, int lead) throws Exception {
        think();
        timed("members", () -> client.navigate("members", "members"));
        var search = client.require("vaadin-text-field", field -> true, "member search");
        think();
        timed("search", () -> client.type(search, PLACES[ThreadLocalRandom.current().nextInt(PLACES.length)], "search"));
        think();
        timed("search", () -> client.type(search, String.valueOf(organisation), "search"));
        var row = client.rows().stream().filter(r -> r.path("col0").asString().contains(" " + organisation + " "))
                .findFirst().orElseThrow(() -> new AssertionError("organisation " + organisation + " not found"));
        var grid = client.require("vaadin-grid", any -> true, "member grid");
        think();
        timed("open", () -> client.selectRow(grid, row.path("key").asString(), "open"));
        var notes = client.require("vaadin-text-area", area -> true, "notes field");
        think();
        timed("edit", () -> client.type(notes, "Met at the " + ThreadLocalRandom.current().nextInt(1000)
                + "th trade fair", "edit"));
        var save = client.require("vaadin-button", button -> client.text(button).equals("Save"), "Save button");
        timed("save", () -> client.click(save, "save"));
        expectNotification(client, "was saved");

        think();
        timed("board", () -> client.navigate("pipeline", "board"));
        var boardSearch = client.require("vaadin-text-field", field -> true, "board search");
        think();
        timed("board-search", () -> client.type(boardSearch, "Kaisha " + lead, "board-search"));
        var from = stageOf(client, lead);
        var to = client.require("div", column -> client.attribute(column, "data-stage") != null
                && !client.attribute(column, "data-stage").equals(from), "another stage");
        var toStage = client.attribute(to, "data-stage");
        think();
        timed("move", () -> client.dragAndDrop(card(client, lead), to, "move"));
        expectNotification(client, "moved to");
        think();
        timed("move", () -> client.dragAndDrop(card(client, lead), column(client, from), "move"));
        expectNotification(client, "moved to");
        if (!stageOf(client, lead).equals(from)) {
            throw new AssertionError("lead " + lead + " did not come back from " + toStage + " to " + from);
        }

        think();
        timed("calendar", () -> client.navigate("delegations/calendar", "calendar"));
        client.require("vaadin-button", any -> true, "calendar");
        think();
        timed("dashboard", () -> client.navigate("dashboard", "dashboard"));
        client.require("div", any -> true, "dashboard");
    }

    private static int card(UidlClient client, int lead) {
        return client.require("div", node -> String.valueOf(lead).equals(client.attribute(node, "data-lead-id")),
                "card of lead " + lead);
    }

    private static int column(UidlClient client, String stage) {
        return client.require("div", node -> stage.equals(client.attribute(node, "data-stage")), "column " + stage);
    }

    private static String stageOf(UidlClient client, int lead) {
        int card = card(client, lead);
        var column = client.require("div", node -> client.attribute(node, "data-stage") != null
                && client.isInside(card, node), "column of lead " + lead);
        return client.attribute(column, "data-stage");
    }

    private static void expectNotification(UidlClient client, String text) {
        if (client.notifications().stream().noneMatch(shown -> shown != null && shown.contains(text))) {
            throw new AssertionError("expected \"" + text + "\", the page showed " + client.notifications());
        }
    }

    private void timed(String step, Step work) throws Exception {
        long start = System.nanoTime();
        work.run();
        if (System.currentTimeMillis() >= measureFrom && System.currentTimeMillis() < measureUntil) {
            clientMillis.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - start) / 1e6);
        }
    }

    private static void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(THINK_MIN_MS, THINK_MAX_MS + 1));
    }

    private void report(Map<String, Long> idle, List<double[]> cpu, Path serverDirectory)
            throws IOException, InterruptedException {
        var withSessions = server.liveHeap();
        var serverMillis = new TreeMap<String, List<Double>>();
        for (var line : Files.readAllLines(serverDirectory.resolve("access.log"))) {
            var entry = ACCESS.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            long begin = Long.parseLong(entry.group(1));
            if (begin < measureFrom || begin >= measureUntil) {
                continue;
            }
            if (!entry.group(4).equals("200") && !entry.group(4).equals("302")) {
                failures.add("HTTP " + entry.group(4) + " for " + entry.group(2) + " " + entry.group(3));
            }
            var kind = requestKind(entry.group(2), entry.group(3));
            double millis = Long.parseLong(entry.group(5)) / 1000.0;
            serverMillis.computeIfAbsent(kind, k -> new ArrayList<>()).add(millis);
            serverMillis.computeIfAbsent("all requests", k -> new ArrayList<>()).add(millis);
        }
        System.out.printf(Locale.ROOT, "%n%d users, %d s warm-up, %d s measured; %,d organisations, %,d delegations,"
                + " %,d leads; %d rounds of the workflow in all; JDK %s, %d cores, %s%n%n", USERS, WARM_UP.toSeconds(),
                MEASURED.toSeconds(), MemberRegisterBenchmark.ORGANISATIONS, DelegationCalendarBenchmark.DELEGATIONS,
                DashboardBenchmark.LEADS, rounds.get(),
                Runtime.version(), Runtime.getRuntime().availableProcessors(), BenchServer.load());
        System.out.println("| request | count | server p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        serverMillis.forEach((kind, millis) -> {
            Collections.sort(millis);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", kind, millis.size(),
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.getLast());
        });
        System.out.println();
        System.out.println("| step (seen by the user, all its requests) | count | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        new TreeMap<>(clientMillis).forEach((step, millis) -> {
            var sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", step, sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        });
        printCpu(cpu);
        printHeap(idle, withSessions, serverDirectory.resolve("gc.log"));
        System.out.printf(Locale.ROOT, "%nFailures: %d%n", failures.size());
        failures.stream().limit(20).forEach(failure -> System.out.println("  " + failure));
    }

    /** The tag the client put on a UIDL request, or the page it asked for. */
    private static String requestKind(String method, String uri) {
        int tag = uri.indexOf("&load=");
        if (tag >= 0) {
            return "uidl " + uri.substring(tag + "&load=".length());
        }
        if (uri.contains("v-r=init")) {
            return "init";
        }
        return method + " " + (uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri);
    }

    private void printCpu(List<double[]> samples) {
        var measured = samples.stream().filter(s -> s[0] >= measureFrom && s[0] < measureUntil).toList();
        if (measured.size() < 2) {
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        var perTenSeconds = new ArrayList<Double>();
        for (int i = 10; i < measured.size(); i += 10) {
            perTenSeconds.add(share(measured.get(i - 10), measured.get(i), cores));
        }
        Collections.sort(perTenSeconds);
        System.out.printf(Locale.ROOT, "%nServer CPU over the measured time: %.0f %% of the machine's %d cores"
                        + " (10-second windows: median %.0f %%, highest %.0f %%)%n",
                share(measured.getFirst(), measured.getLast(), cores), cores, percentile(perTenSeconds, 50),
                perTenSeconds.isEmpty() ? 0 : perTenSeconds.getLast());
    }

    private static double share(double[] from, double[] to, int cores) {
        return 100 * (to[1] - from[1]) / ((to[0] - from[0]) / 1000) / cores;
    }

    /** Heap after each young collection, per minute of the run, from the server's GC log, and the live heaps. */
    private void printHeap(Map<String, Long> idle, Map<String, Long> withSessions, Path gcLog)
            throws IOException, InterruptedException {
        var afterGc = Pattern.compile("^\\[(\\d+)ms\\].*Pause Young.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
        var perMinute = new TreeMap<Long, List<Long>>();
        long startedAt = server.process().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        for (var line : Files.readAllLines(gcLog)) {
            var gc = afterGc.matcher(line);
            if (gc.find()) {
                long at = startedAt + Long.parseLong(gc.group(1));
                if (at >= measureFrom - WARM_UP.toMillis()) {
                    perMinute.computeIfAbsent((at - (measureFrom - WARM_UP.toMillis())) / 60_000,
                            m -> new ArrayList<>()).add(Long.parseLong(gc.group(3)));
                }
            }
        }
        System.out.println();
        System.out.println("| minute of the run | young collections | heap after collection MB, min | max |");
        System.out.println("|---|---|---|---|");
        perMinute.forEach((minute, after) -> System.out.printf(Locale.ROOT, "| %d%s | %d | %d | %d |%n", minute + 1,
                minute < WARM_UP.toMinutes() ? " (warm-up)" : "", after.size(), Collections.min(after),
                Collections.max(after)));
        for (var client : loggedIn) {
            try {
                client.logOut();
            } catch (IOException | UidlClient.LoadFailure failure) {
                failures.add("logout: " + failure); // reported with the others, the heap is read all the same
            }
        }
        var loggedOut = server.liveHeap();
        System.out.printf(Locale.ROOT, "%nLive heap after a full GC: %.1f MB before the users, %.1f MB with %d"
                        + " sessions open after the run, %.1f MB after they logged out (%d sessions alive)%n",
                idle.get("Total") / 1e6, withSessions.get("Total") / 1e6,
                withSessions.getOrDefault("sessions alive", 0L), loggedOut.get("Total") / 1e6,
                loggedOut.getOrDefault("sessions alive", 0L));
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
