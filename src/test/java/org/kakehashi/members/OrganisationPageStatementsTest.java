package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A page of the organisation list costs a fixed number of SQL statements, whatever its size: no query per row. */
@SpringBootTest
class OrganisationPageStatementsTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        // The page's own rows: half members with a type to load, half without a membership
        for (int i = 0; i < 6; i++) {
            var organisation = fixtures.organisation("Statement Counting Kaisha " + i, OrganisationKind.COMPANY, "Malmö");
            if (i % 2 == 0) {
                fixtures.activeMember(organisation);
            }
        }
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("board", null, "ROLE_BOARD"));
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "a page of {0} rows")
    @ValueSource(ints = {5, 25, 100})
    void one_page_with_memberships_and_types_takes_at_most_three_statements(int pageSize) {
        var page = organisations.page(new OrganisationFilter("a", null, null, null, null, false),
                PageRequest.of(0, pageSize, Sort.by("endDate")));
        // Touch what the grid shows of each row, so lazy loading would show up here
        page.forEach(organisation -> {
            if (organisation.getMembership() != null) {
                organisation.getMembership().getType().getName();
            }
        });

        assertThat(page.getContent()).hasSizeGreaterThan(Math.min(pageSize, 5) - 1);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }
}
