package org.kakehashi.bench;

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
import java.util.Map;

/**
 * The production jar ({@code target/kakehashi.jar}) started as a process of its own in a scratch directory, as the
 * benchmarks that measure it from outside use it: its log in {@code server.log} there, ready once the login page
 * answers.
 */
record BenchServer(String name, int port, Path directory, Process process) {

    static BenchServer start(String name, Path directory, int port, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "kakehashi.jar").toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(arguments);
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("server.log").toFile()).start();
        var server = new BenchServer(name, port, directory, process);
        server.awaitLoginPage();
        return server;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        process.destroy();
    }

    /**
     * Live objects after a full GC ({@code jcmd GC.class_histogram}): bytes per class, their "Total", and the
     * number of live Vaadin sessions as "sessions alive".
     */
    Map<String, Long> liveHeap() throws IOException, InterruptedException {
        var output = jcmd("GC.class_histogram");
        var bytes = new HashMap<String, Long>();
        for (var line : output.lines().toList()) {
            var columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                if (columns[3].equals("com.vaadin.flow.server.VaadinSession")) {
                    bytes.put("sessions alive", Long.parseLong(columns[1]));
                }
            } else if (columns.length >= 3 && columns[0].equals("Total")) {
                bytes.put("Total", Long.parseLong(columns[2]));
            }
        }
        if (!bytes.containsKey("Total")) {
            throw new IllegalStateException("no heap histogram: " + output);
        }
        return bytes;
    }

    /** User plus system CPU time of the server process so far, in seconds, from /proc. */
    double cpuSeconds() throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime are the 14th and 15th fields of the whole line, in clock ticks of 1/100 s
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    String jcmd(String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(pid()), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private void awaitLoginPage() throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        var login = HttpRequest.newBuilder(URI.create(url("login"))).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("the server " + name + " did not start: see " + directory.resolve("server.log"));
    }

    /** The machine's load average, to print beside results measured on a shared machine. */
    static String load() {
        try {
            return "load average " + Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
