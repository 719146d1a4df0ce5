import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * How {@code ./mvnw -Prun} starts the jar, run by the JDK's source launcher ({@code java src/run/RunJar.java
 * target/kakehashi.jar [arguments]}). Always with Spring's ahead-of-time processed context, generated when the jar
 * was built ({@code -Dspring.aot.enabled=true}). On a JDK 25 or newer the application starts from an extracted
 * copy of the jar with an ahead-of-time cache of its classes (JEP 483, 514, 515), which starts it in about half
 * the time (see bench/README.md). The cache comes from a training run, a start that stops once the Spring context
 * is refreshed, made again only when the jar's content or the options changed. On an older JDK, and if anything
 * of that fails, it runs the jar as it is.
 */
public class RunJar {

    /** Spring's ahead-of-time processed context, in training and in every start. */
    private static final List<String> SPRING_AOT = List.of("-Dspring.aot.enabled=true");

    public static void main(String[] args) throws Exception {
        var jar = Path.of(args[0]);
        var arguments = Arrays.asList(args).subList(1, args.length);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (Runtime.version().feature() < 25) {
            System.exit(run(command(java, SPRING_AOT, jar, arguments)));
        }
        var folder = jar.toAbsolutePath().resolveSibling("aot-run");
        var extracted = folder.resolve("app").resolve(jar.getFileName());
        var cache = folder.resolve("app.aot");
        var stamp = folder.resolve("jar-content.sha256");
        // A cache trained with other options is trained again, as after a change of the jar
        var content = contentDigest(jar) + " " + String.join(" ", SPRING_AOT);
        if (!Files.exists(cache) || !Files.exists(stamp) || !Files.readString(stamp).equals(content)) {
            System.out.println("RunJar: the jar changed; extracting it and training the ahead-of-time cache (once)");
            deleteRecursively(folder);
            Files.createDirectories(folder);
            boolean ready = run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", extracted.getParent().toString())) == 0
                    && run(command(java, with(SPRING_AOT, "-XX:AOTCacheOutput=" + cache,
                            "-Dspring.context.exit=onRefresh", "-Xlog:aot=error,cds=error"), extracted, arguments)) == 0
                    && Files.exists(cache);
            if (!ready) {
                System.out.println("RunJar: no ahead-of-time cache; running the jar as it is");
                deleteRecursively(folder);
                System.exit(run(command(java, SPRING_AOT, jar, arguments)));
            }
            Files.writeString(stamp, content);
        }
        System.exit(run(command(java, with(SPRING_AOT, "-XX:AOTCache=" + cache), extracted, arguments)));
    }

    private static List<String> with(List<String> options, String... more) {
        var all = new ArrayList<>(options);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> command(String java, List<String> options, Path jar, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).inheritIO().start();
        // Ctrl+C reaches the application too (same process group); wait for it to stop in order
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return process.waitFor();
    }

    /** The names and checksums of the jar's entries: a rebuild of the same code gives the same digest. */
    private static String contentDigest(Path jar) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        try (var zip = new ZipFile(jar.toFile())) {
            var entries = Collections.list(zip.entries());
            entries.sort(Comparator.comparing(entry -> entry.getName()));
            for (var entry : entries) {
                digest.update((entry.getName() + ":" + entry.getCrc() + ":" + entry.getSize() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
