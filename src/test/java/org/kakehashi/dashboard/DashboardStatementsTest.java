package org.kakehashi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard's data loads with a fixed number of SQL statements, however large the register, the calendar and
 * the pipeline. Its time is measured by the benchmark, bench/run dashboard.
 */
@SpringBootTest
@Import(DashboardTestData.Config.class)
@TestPropertySource(properties = "kakehashi.demo-data=false")
@WithMockUser(roles = Roles.BOARD)
class DashboardStatementsTest {

    /** The bound for the whole dashboard. */
    private static final int MOST_STATEMENTS = 12;

    @Autowired
    private DashboardService dashboard;

    @Autowired
    private DashboardTestData data;

    @Autowired
    private EntityManagerFactory entityManagerFactory;


    @Test
    void the_dashboard_loads_with_at_most_twelve_statements_whatever_the_size_of_the_data() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        var calendar = new DashboardPeriod(DashboardPeriod.Kind.CALENDAR, 2026);
        var fiscal = new DashboardPeriod(DashboardPeriod.Kind.FISCAL, 2026);

        data.generate(3, 60, 20, 60);
        var small = dashboard.figures(calendar);
        long smallCalendar = statementsOf(() -> dashboard.figures(calendar));
        long smallFiscal = statementsOf(() -> dashboard.figures(fiscal));

        data.generate(5, 1_500, 200, 1_000);
        statistics.clear();
        var large = dashboard.figures(calendar);
        long largeCalendar = statistics.getPrepareStatementCount();
        // and no entity is loaded: every figure is an aggregate
        assertThat(statistics.getEntityLoadCount()).isZero();
        long largeFiscal = statementsOf(() -> dashboard.figures(fiscal));

        assertThat(large.members().active()).isGreaterThan(small.members().active());
        assertThat(large.outcomes().size()).isGreaterThan(small.outcomes().size());
        assertThat(List.of(smallCalendar, smallFiscal, largeCalendar, largeFiscal))
                .allSatisfy(statements -> assertThat(statements).isLessThanOrEqualTo(MOST_STATEMENTS))
                .containsOnly(largeCalendar);
    }

    private long statementsOf(Runnable load) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        load.run();
        return statistics.getPrepareStatementCount();
    }
}
