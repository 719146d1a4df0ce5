package org.kakehashi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL's backup as the README gives it: pg_dump in the custom format, pg_restore into a fresh database.
 * The test server is shared, so the dump takes only the test's schema; the whole-database command of the README
 * also carries the pg_trgm extension, which here is created in the fresh database beforehand. The demo register
 * fills a schema of its own, beside the one the other PostgreSQL tests share.
 */
@PostgresTest
@TestPropertySource(properties = {
    "kakehashi.demo-data=true",
    "kakehashi.demo-data.register=true",
    "spring.datasource.url=${KAKEHASHI_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/test}?currentSchema="
            + "${KAKEHASHI_TEST_DB_SCHEMA:kakehashi_it}_backup",
    "spring.flyway.schemas=${KAKEHASHI_TEST_DB_SCHEMA:kakehashi_it}_backup",
})
class BackupRestorePostgresIT {

    private static final String SCHEMA = PostgresTools.SCHEMA + "_backup";
    private static final String FRESH_DATABASE = "kakehashi_restore_" + PostgresTools.SCHEMA.replaceAll("\\W", "_");

    @Autowired
    private DataSource dataSource;

    @Autowired
    private OrganisationService organisations;

    @Test
    void a_pg_dump_restored_with_pg_restore_into_a_fresh_database_holds_every_record() throws Exception {
        SystemAccess.run(() -> {
            var organisation = new Organisation();
            organisation.setName("Kobe Biomedical 神戸医療 🧬 Ünïcödé ' \" <b>");
            organisation.setKind(OrganisationKind.RESEARCH_INSTITUTE);
            organisation.setCountry("JP");
            organisations.save(organisation);
        });
        var dump = Files.createTempFile("kakehashi", ".dump");
        try {
            PostgresTools.run("pg_dump", "--format=custom", "--file=" + dump, "--schema=" + SCHEMA,
                    "test");
            PostgresTools.run("dropdb", "--if-exists", FRESH_DATABASE);
            PostgresTools.run("createdb", FRESH_DATABASE);
            PostgresTools.run("psql", "--quiet", "--dbname=" + FRESH_DATABASE,
                    "--command=create extension if not exists pg_trgm with schema public");
            PostgresTools.run("pg_restore", "--exit-on-error", "--dbname=" + FRESH_DATABASE, dump.toString());
        } finally {
            Files.deleteIfExists(dump);
        }

        TableContents live;
        try (var connection = dataSource.getConnection()) {
            live = TableContents.read(connection, SCHEMA);
        }
        TableContents restored;
        try (var connection = DriverManager.getConnection(PostgresTools.jdbcUrl(FRESH_DATABASE), PostgresTools.USER,
                System.getenv().getOrDefault("KAKEHASHI_TEST_DB_PASSWORD", ""))) {
            restored = TableContents.read(connection, SCHEMA);
        }
        assertThat(live.rowsByTable()).containsKeys("organisation", "contact_person", "membership", "dues_payment",
                "delegation", "programme_item", "lead", "activity", "app_user", "flyway_schema_history");
        assertThat(live.countsByTable().get("organisation")).isGreaterThan(5);
        assertThat(restored.countsByTable()).isEqualTo(live.countsByTable());
        assertThat(restored.rowsByTable()).isEqualTo(live.rowsByTable());
    }

    @AfterEach
    void dropFreshDatabase() throws Exception {
        PostgresTools.run("dropdb", "--if-exists", FRESH_DATABASE);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresTools.run("psql", "--quiet", "--dbname=test",
                "--command=drop schema if exists " + SCHEMA + " cascade");
    }
}
