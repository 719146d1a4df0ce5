package org.kakehashi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test on the real PostgreSQL server (127.0.0.1:5432, database "test", or KAKEHASHI_TEST_DB_URL), in a schema
 * of its own (kakehashi_it, or KAKEHASHI_TEST_DB_SCHEMA) that is emptied and migrated afresh by the same Flyway
 * migrations as production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ActiveProfiles("postgres")
@SpringBootTest(properties = {
    "spring.datasource.url=${KAKEHASHI_TEST_DB_URL:jdbc:postgresql://127.0.0.1:5432/test}?currentSchema=${KAKEHASHI_TEST_DB_SCHEMA:kakehashi_it}",
    "spring.datasource.username=${KAKEHASHI_TEST_DB_USER:postgres}",
    "spring.datasource.password=${KAKEHASHI_TEST_DB_PASSWORD:}",
    "spring.flyway.schemas=${KAKEHASHI_TEST_DB_SCHEMA:kakehashi_it}",
    "spring.flyway.clean-disabled=false",
})
@Import(PostgresTest.CleanMigration.class)
public @interface PostgresTest {

    @TestConfiguration
    class CleanMigration {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
