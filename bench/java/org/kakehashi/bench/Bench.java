package org.kakehashi.bench;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.kakehashi.Application;
import org.kakehashi.security.SystemAccess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * What the benchmarks share: the application started on an empty database (an H2 file database under
 * target/bench, or a PostgreSQL schema of the benchmark's own), and a service call measured as a row of the
 * results table.
 */
final class Bench {

    static final int WARM_UP = 10;
    static final int MEASURED = 31;
    static final String TABLE_HEADER = """
            | database | call | median ms | p90 ms | rows | SQL statements |
            |---|---|---|---|---|---|""";

    private static final String PG_URL = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private Bench() {
    }

    /**
     * A count of rows to load, times {@code -Dbench.scale} (1 by default): the load benchmark also runs on a register
     * of a large association's size rather than the stress size.
     */
    static int scaled(int rows) {
        return Math.max(1, (int) Math.round(rows * Double.parseDouble(System.getProperty("bench.scale", "1"))));
    }

    /** The databases named on the command line, both when none is. */
    static List<String> databases(String[] args) {
        return args.length == 0 ? List.of("h2", "postgres") : Arrays.asList(args);
    }

    /**
     * Starts the application on an empty database: H2 as a file database in {@code target/bench/<h2Folder>}, or
     * PostgreSQL in the schema {@code pgSchema}, dropped first. Hibernate's statistics are on.
     */
    static ConfigurableApplicationContext start(String database, String h2Folder, String pgSchema)
            throws SQLException, IOException {
        // Command-line arguments, because they override every configuration file on the class path
        var arguments = new ArrayList<>(List.of("--server.port=0", "--kakehashi.demo-data=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jpa.properties.hibernate.generate_statistics=true"));
        var builder = new SpringApplicationBuilder(Application.class);
        if (database.equals("postgres")) {
            try (var connection = DriverManager.getConnection(PG_URL, "postgres", "")) {
                connection.createStatement().execute("drop schema if exists " + pgSchema + " cascade");
            }
            builder.profiles("postgres");
            arguments.addAll(List.of("--spring.datasource.url=" + PG_URL + "?currentSchema=" + pgSchema,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.flyway.schemas=" + pgSchema));
        } else if (database.equals("h2")) {
            var folder = Path.of("target", "bench", h2Folder);
            FileSystemUtils.deleteRecursively(folder);
            Files.createDirectories(folder);
            arguments.add("--spring.datasource.url=jdbc:h2:file:./" + folder
                    + "/kakehashi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=65536");
        } else {
            throw new IllegalArgumentException("unknown database " + database + ": h2 or postgres");
        }
        return builder.run(arguments.toArray(String[]::new));
    }

    /** Loads the data through one JDBC connection, then gives PostgreSQL's planner statistics of the new rows. */
    static void load(ConfigurableApplicationContext context, String database, JdbcLoad load) throws SQLException {
        try (var connection = context.getBean(DataSource.class).getConnection()) {
            load.into(connection);
            if (database.equals("postgres")) {
                connection.createStatement().execute("analyze");
            }
        }
    }

    /**
     * Moves every table's id sequence past the ids the load wrote directly, so that the application's own inserts
     * after the load do not collide with them: Hibernate's pooled ids take the sequence's value as the top of a block
     * of 50.
     */
    static void advanceSequences(java.sql.Connection connection) throws SQLException {
        var sequences = new ArrayList<String>();
        try (var names = connection.createStatement().executeQuery(
                "select sequence_name from information_schema.sequences where lower(sequence_name) like '%\\_seq'")) {
            while (names.next()) {
                sequences.add(names.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        for (var sequence : sequences) {
            var table = sequence.substring(0, sequence.length() - "_seq".length());
            try (var max = connection.createStatement().executeQuery("select coalesce(max(id), 0) from " + table)) {
                max.next();
                connection.createStatement().execute("alter sequence " + sequence + " restart with "
                        + (max.getLong(1) + 51));
            }
        }
    }

    static Statistics statistics(ConfigurableApplicationContext context) {
        return context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
    }

    /**
     * Calls {@code work} {@value #WARM_UP} times to warm up and {@value #MEASURED} times measured, with every role;
     * a row of the table: median and p90 in ms, the rows of the last call, the most SQL statements of one call.
     */
    static String measure(String database, String call, Statistics statistics, Supplier<?> work) {
        var times = new double[MEASURED];
        var rows = new Object[1];
        var statements = new long[1];
        SystemAccess.run(() -> {
            for (int i = 0; i < WARM_UP; i++) {
                work.get();
            }
            for (int i = 0; i < MEASURED; i++) {
                statistics.clear();
                long start = System.nanoTime();
                rows[0] = work.get();
                times[i] = (System.nanoTime() - start) / 1e6;
                statements[0] = Math.max(statements[0], statistics.getPrepareStatementCount());
            }
        });
        Arrays.sort(times);
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %s | %d |", database, call,
                times[MEASURED / 2], times[(int) (MEASURED * 0.9)], rows[0], statements[0]);
    }

    /** Prints the results table and ends the program (the application's threads would keep it alive). */
    static void print(List<String> results) {
        System.out.println();
        System.out.println(TABLE_HEADER);
        results.forEach(System.out::println);
        System.exit(0);
    }

    /** Data written straight into the tables. */
    @FunctionalInterface
    interface JdbcLoad {
        void into(java.sql.Connection connection) throws SQLException;
    }
}
