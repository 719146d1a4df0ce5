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
    private final List<String> lastLines = new ArrayList<>();
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
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dloader.path=" + writerClasses(folder),
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
                remember(line);
                if (line.contains("Started Application")) {
                    started.countDown();
                }
                if (line.startsWith(CrashTestWriter.ACKNOWLEDGED)) {
                    acknowledged.add(Long.parseLong(line.substring(CrashTestWriter.ACKNOWLEDGED.length()).trim()));
                    if (acknowledged.size() >= wanted) {
                        enoughSaves.countDown();
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    private synchronized void remember(String line) {
        lastLines.add(line);
        if (lastLines.size() > 40) {
            lastLines.removeFirst();
        }
    }

    private synchronized String lastOutput() {
        return String.join("\n", lastLines);
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
