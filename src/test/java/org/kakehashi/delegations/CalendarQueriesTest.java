package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * One month of the calendar over a large calendar (2,000 delegations, 20,000 programme items) takes a bounded
 * number of SQL statements whatever the size. Its time is measured by the benchmark, bench/run calendar.
 */
@SpringBootTest
@DirtiesContext
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@WithMockUser(roles = Roles.BOARD)
class CalendarQueriesTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void generateFiveYearsOfDelegations() {
        if (jdbc.queryForObject("select count(*) from delegation", Long.class) > 0) {
            return;
        }
        var delegationRows = new ArrayList<Object[]>();
        var itemRows = new ArrayList<Object[]>();
        var first = LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= 2_000; i++) {
            var start = first.plusDays(i * 1826L / 2_000);
            delegationRows.add(new Object[] {i, "Delegation " + i, i % 2 == 0 ? "INBOUND" : "OUTBOUND",
                Date.valueOf(start), Date.valueOf(start.plusDays(4)), i % 5 == 0 ? "PLANNED" : "CONFIRMED"});
            for (int j = 0; j < 10; j++) {
                itemRows.add(new Object[] {i * 10 + j, i, "Item " + j,
                    Timestamp.valueOf(start.plusDays(j / 3).atTime(9 + j % 3 * 3, 0)),
                    Timestamp.valueOf(start.plusDays(j / 3).atTime(11 + j % 3 * 3, 0)),
                    j % 2 == 0 ? "Asia/Tokyo" : "Europe/Berlin"});
            }
        }
        jdbc.batchUpdate("insert into delegation (id, version, title, direction, home_city, home_zone, start_date,"
                + " end_date, status) values (?, 0, ?, ?, 'Leipzig', 'Europe/Berlin', ?, ?, ?)", delegationRows);
        jdbc.batchUpdate("insert into programme_item (id, version, delegation_id, title, kind, start_local,"
                + " end_local, zone_id) values (?, 0, ?, ?, 'MEETING', ?, ?, ?)", itemRows);
    }

    @Test
    void a_month_of_a_large_calendar_loads_with_at_most_three_statements() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var from = LocalDate.of(2026, 2, 22);
        var to = LocalDate.of(2026, 4, 4);
        delegations.calendar(from, to);

        statistics.clear();
        var month = delegations.calendar(from, to);

        assertThat(month.delegations()).hasSizeBetween(40, 50);
        assertThat(month.items()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getDelegation().getTitle()).isNotNull());
        // the delegations and their items, each item's delegation read with it, whatever the size of the calendar
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }
}
