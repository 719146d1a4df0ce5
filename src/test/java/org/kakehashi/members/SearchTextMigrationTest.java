package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A register stored before kana were folded keeps being found: the migration that brings in the organisations' kana
 * reading writes every stored search text again, so an old row is found by the other kana and by its city.
 */
class SearchTextMigrationTest {

    @Test
    void search_texts_stored_before_kana_folding_are_written_again_in_todays_form_with_the_city() {
        // One connection throughout, as the application's pool keeps: H2 evaluates check constraints in a session
        // of the first connection and fails them once that one is closed
        var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        try {
            var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
            flyway.target("15").load().migrate();
            var jdbc = new JdbcTemplate(dataSource);
            // As the application stored it before: the names in lower case, the katakana as written, no city
            jdbc.update("insert into organisation (id, version, name, name_japanese, search_text, kind, city, country,"
                    + " archived) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", 1, 0, "Mikawa Seiko KK", "ミカワ精工",
                    "mikawa seiko kk ミカワ精工", OrganisationKind.COMPANY.name(), "Toyohashi", "JP", false);

            flyway.target("17").load().migrate();

            var searchText = jdbc.queryForObject("select search_text from organisation where id = 1", String.class);
            assertThat(searchText).contains("みかわ精工").contains("toyohashi").doesNotContain("ミカワ");
        } finally {
            dataSource.destroy();
        }
    }
}
