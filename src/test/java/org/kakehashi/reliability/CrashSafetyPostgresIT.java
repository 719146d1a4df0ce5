package org.kakehashi.reliability;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on PostgreSQL, killed with SIGKILL while it saves, then started again. It works in a schema
 * of its own beside the test schema, so the Spring contexts of the other PostgreSQL tests keep theirs.
 */
@Tag("postgres")
class CrashSafetyPostgresIT {

    private static final String SCHEMA = PostgresTools.SCHEMA + "_crash";
    @TempDir
    Path folder;

    @BeforeEach
    void emptySchema() throws Exception {
        dropSchema();
    }

    @Test
    void after_a_kill_in_the_middle_of_saving_every_acknowledged_member_is_there_and_none_is_half_written()
            throws Exception {
        var environment = Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres",
                "KAKEHASHI_DB_URL", PostgresTools.jdbcUrl("test") + "?currentSchema=" + SCHEMA,
                "KAKEHASHI_DB_USER", PostgresTools.USER,
                "KAKEHASHI_DB_PASSWORD", password(),
                "KAKEHASHI_ADMIN_PASSWORD", "crash test: lanterns over the harbour");
        Set<Long> acknowledged;
        try (var writing = JarProcess.start(folder, true, environment, "--server.port=8101",
                "--spring.flyway.schemas=" + SCHEMA)) {
            writing.awaitAcknowledged(CrashSafety.SAVES_BEFORE_KILL);
            acknowledged = writing.kill();
        }
        try (var restarted = JarProcess.start(folder, false, environment, "--server.port=8101",
                "--spring.flyway.schemas=" + SCHEMA)) {
            restarted.awaitStarted();
            try (var connection = DriverManager.getConnection(
                    PostgresTools.jdbcUrl("test") + "?currentSchema=" + SCHEMA, PostgresTools.USER, password())) {
                CrashSafety.assertEveryAcknowledgedSaveIsThereAndWhole(acknowledged, connection);
            }
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        dropSchema();
    }

    private static void dropSchema() throws Exception {
        try (var connection = DriverManager.getConnection(PostgresTools.jdbcUrl("test"), PostgresTools.USER,
                password()); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static String password() {
        return System.getenv().getOrDefault("KAKEHASHI_TEST_DB_PASSWORD", "");
    }
}
