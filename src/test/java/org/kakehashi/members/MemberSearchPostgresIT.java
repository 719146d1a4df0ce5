package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@PostgresTest
class MemberSearchPostgresIT {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void loginAsSecretary() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretary", null, "ROLE_SECRETARY"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void on_postgresql_a_search_ignores_case_and_accents_and_finds_japanese_names() {
        save("Sjöbo Stadsbyggnad", null, "Sjöbo");
        save("Düsseldorf Kaigi GmbH", "デュッセルドルフ会議", "Düsseldorf");
        save("Lund Optics AB", null, "Lund");

        assertThat(search("SJOBO")).containsExactly("Sjöbo Stadsbyggnad");
        assertThat(search("dusseldorf")).containsExactly("Düsseldorf Kaigi GmbH");
        assertThat(search("ルドルフ会")).containsExactly("Düsseldorf Kaigi GmbH");
        assertThat(search("100%")).isEmpty();
    }

    @Test
    void on_postgresql_either_kana_and_the_city_find_a_member() {
        var organisation = save("Mikawa Seiko KK", "三河精工", "Toyohashi");
        organisation.setNameKana("ミカワセイコウ");
        organisations.save(organisation);

        assertThat(search("みかわせいこう")).containsExactly("Mikawa Seiko KK");
        assertThat(search("ﾐｶﾜ")).containsExactly("Mikawa Seiko KK");
        assertThat(search("TOYOHASHI")).containsExactly("Mikawa Seiko KK");
    }

    @Test
    void the_name_searches_have_trigram_indexes_on_postgresql() {
        var indexes = jdbc.queryForList("select indexname from pg_indexes where schemaname = current_schema()",
                String.class);

        assertThat(indexes).contains("organisation_search_trgm", "contact_person_search_trgm");
    }

    @Test
    void the_list_filters_and_sorts_by_membership_on_postgresql() {
        var organisation = save("Sorted Membership AB", null, "Ystad");
        var type = new MembershipType();
        type.setName("PostgreSQL test type");
        type.setAnnualFee(new java.math.BigDecimal("100"));
        type = memberships.saveType(type);
        var today = java.time.LocalDate.now();
        memberships.join(organisation.getId(), type, today, today.plusYears(1));

        var page = organisations.page(new OrganisationFilter(null, null, "Ystad", type.getId(),
                MembershipStatus.APPLICANT, false), PageRequest.of(0, 10, Sort.by("endDate").descending()));

        assertThat(page.getContent()).extracting(Organisation::getName).containsExactly("Sorted Membership AB");
        assertThat(page.getContent().getFirst().getMembership().getType().getName()).isEqualTo("PostgreSQL test type");
    }

    private Organisation save(String name, String japanese, String city) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setNameJapanese(japanese);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity(city);
        return organisations.save(organisation);
    }

    private java.util.List<String> search(String text) {
        return organisations.page(new OrganisationFilter(text, null, null, null, null, false), PageRequest.of(0, 10))
                .map(Organisation::getName).getContent();
    }
}
