package org.kakehashi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started from Spring's ahead-of-time processed context, as {@code ./mvnw -Prun} and the
 * start-up benchmark start it: the rest of the tests run the ordinary context, and the processed one is set up
 * differently (its repositories and Hibernate's listeners are joined at start without Spring's scanning). Either way
 * a schema the entities do not match stops the start: Hibernate validates it as its entity manager factory is built,
 * and Spring Data checks each repository's queries as it creates them, both before the start completes.
 */
@Tag("jar")
class RunStartIT {

    private static final int PORT = 8102;

    @TempDir
    Path folder;

    @Test
    void the_processed_start_serves_the_login_page_and_saves_the_demo_data_with_its_history() throws Exception {
        try (var application = JarProcess.startAsRun(folder, "--server.port=" + PORT)) {
            application.awaitLine("Created the demo register");
            application.awaitLine("demo leads");
            application.awaitLine("Created demo delegations");
            assertThat(application.logLines()).anyMatch(line -> line.contains("Starting AOT-processed Application"))
                    .noneMatch(line -> line.contains(" ERROR "));

            try (var http = HttpClient.newHttpClient()) {
                var login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(login.statusCode()).isEqualTo(200);
            }
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/kakehashi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa", "");
                var statement = connection.createStatement();
                var organisations = statement.executeQuery("""
                        select count(*), count(case when exists (select 1 from audit_entry a
                            where a.entity_type = 'Organisation' and a.entity_id = o.id and a.action = 'CREATE')
                            then 1 end)
                        from organisation o""")) {
            organisations.next();
            // Every demo organisation was saved, and Hibernate's audit listener recorded each one's creation
            assertThat(organisations.getLong(1)).isGreaterThan(20);
            assertThat(organisations.getLong(2)).isEqualTo(organisations.getLong(1));
        }
    }

    @Test
    void the_processed_start_stops_on_a_schema_the_entities_do_not_match() throws Exception {
        try (var application = JarProcess.startAsRun(folder, "--server.port=" + PORT, "--spring.flyway.target=1")) {
            assertThat(application.awaitExit()).isNotZero();
            assertThat(application.logLines()).anyMatch(line -> line.contains("Schema validation: missing table"))
                    .noneMatch(line -> line.contains("Started Application"));
        }
    }

    @Test
    void the_plain_start_stops_on_a_schema_the_entities_do_not_match() throws Exception {
        try (var application = JarProcess.start(folder, false, Map.of(), "--server.port=" + PORT,
                "--spring.flyway.target=1")) {
            assertThat(application.awaitExit()).isNotZero();
            assertThat(application.logLines()).anyMatch(line -> line.contains("Schema validation: missing table"))
                    .noneMatch(line -> line.contains("Started Application"));
        }
    }
}
