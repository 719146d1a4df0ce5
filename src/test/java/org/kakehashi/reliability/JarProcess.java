package org.kakehashi.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/kakehashi.jar) running as a process of its own, as in production, with the
 * crash-test writer beside it on Spring Boot's loader.path. Its output is read line by line as it comes.
 */
final class JarProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "kakehashi.jar");
    private static final Path TEST_CLASSES = Path.of("target", "test-classes");
    /** Far more than a start takes (15 s on a quiet machine), for a machine busy with other builds. */
    private static final long STARTUP_LIMIT_SECONDS = 600;

    private final Process process;
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> logLines = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile CountDownLatch enoughSaves = new CountDownLatch(0);
    private volatile int wanted = Integer.MAX_VALUE;

    private JarProcess(Process process) {
        this.process = process;
        var reader = new Thread(this::readOutput, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar in the folder, with the writer saving members when {@code writing}. */
    static JarProcess start(Path folder, boolean writing, Map<String, String> environment, String... arguments)
            throws IOException {
        var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-Dloader.path=" + writerClasses(folder),
                "-cp", JAR.toAbsolutePath().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--kakehashi.crash-test.write=" + writing,
                // No demo register to load: the start is quicker and the test's members are the only ones
                "--kakehashi.demo-data=false",
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new JarProcess(builder.start());
    }

    /**
     * Starts the jar in the folder as {@code ./mvnw -Prun} does: from Spring's ahead-of-time processed context, with
     * the embedded default's demo data. (No writer: that context has only the beans known when the jar was built.)
     */
    static JarProcess startAsRun(Path folder, String... arguments) throws IOException {
        var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-Dspring.aot.enabled=true",
                "-jar", JAR.toAbsolutePath().toString(), "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        return new JarProcess(new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the application has started and at least {@code count} saves are acknowledged. */
    void awaitAcknowledged(int count) throws InterruptedException {
        var latch = new CountDownLatch(1);
        enoughSaves = latch;
        wanted = count;
        if (acknowledged.size() >= count) {
            return;
        }
        if (!latch.await(STARTUP_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Only " + acknowledged.size() + " saves acknowledged; last output:\n"
                    + lastOutput());
        }
    }

    /** Waits until the application has printed a line containing {@code text}. */
    synchronized void awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_LIMIT_SECONDS);
        while (logLines.stream().noneMatch(line -> line.contains(text))) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !process.isAlive()) {
                throw new IllegalStateException("No line with '" + text + "'; last output:\n" + lastOutput());
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.SECONDS.toNanos(1)));
        }
    }

    /** Every line printed but the writer's acknowledgements. */
    synchronized List<String> logLines() {
        return List.copyOf(logLines);
    }

    /** Waits until the process has ended by itself and gives its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(STARTUP_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Still running; last output:\n" + lastOutput());
        }
        return process.exitValue();
    }

    void awaitStarted() throws InterruptedException {
        if (!started.await(STARTUP_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not start; last output:\n" + lastOutput());
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no closing of the database. */
    Set<Long> kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        return Set.copyOf(acknowledged);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void readOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(CrashTestWriter.ACKNOWLEDGED)) {
                    acknowledge(line);
                } else {
                    remember(line);
                }
                if (line.contains("Started Application")) {
                    started.countDown();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    private void acknowledge(String line) {
        acknowledged.add(Long.parseLong(line.substring(CrashTestWriter.ACKNOWLEDGED.length()).trim()));
        if (acknowledged.size() >= wanted) {
            enoughSaves.countDown();
        }
    }

    private synchronized void remember(String line) {
        logLines.add(line);
        notifyAll();
    }

    private synchronized String lastOutput() {
        return String.join("\n", logLines.subList(Math.max(0, logLines.size() - 40), logLines.size()));
    }

    /** Only the writer's classes, copied out of the test classes, so no test configuration comes along. */
    private static Path writerClasses(Path folder) throws IOException {
        var target = folder.resolve("writer");
        var packageDir = Path.of("org", "kakehashi", "reliability");
        Files.createDirectories(target.resolve(packageDir));
        try (var classes = Files.list(TEST_CLASSES.resolve(packageDir))) {
            for (var file : classes.filter(f -> f.getFileName().toString().startsWith("CrashTestWriter")).toList()) {
                Files.copy(file, target.resolve(packageDir).resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target.toAbsolutePath();
    }
}
