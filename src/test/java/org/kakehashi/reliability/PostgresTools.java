package org.kakehashi.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql), run against the test server as an administrator
 * would run them. They come with Debian's postgresql package, under /usr/lib/postgresql/VERSION/bin.
 */
final class PostgresTools {

    static final String HOST = "127.0.0.1";
    static final String PORT = "5432";
    static final String USER = System.getenv().getOrDefault("KAKEHASHI_TEST_DB_USER", "postgres");
    static final String SCHEMA = System.getenv().getOrDefault("KAKEHASHI_TEST_DB_SCHEMA", "kakehashi_it");

    private PostgresTools() {
    }

    static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** Runs a client program with the connection options and fails with its output when it fails. */
    static String run(String program, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(program(program));
        command.addAll(List.of("--host=" + HOST, "--port=" + PORT, "--username=" + USER, "--no-password"));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        var password = System.getenv("KAKEHASHI_TEST_DB_PASSWORD");
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** The newest installed version of the program (pg_dump must not be older than the server). */
    static String program(String name) throws IOException {
        var installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                var newest = versions.map(version -> version.resolve("bin").resolve(name))
                        .filter(Files::isExecutable)
                        .max(Comparator.comparing(PostgresTools::majorVersion));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            }
        }
        return name;
    }

    private static int majorVersion(Path program) {
        try {
            return Integer.parseInt(program.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
