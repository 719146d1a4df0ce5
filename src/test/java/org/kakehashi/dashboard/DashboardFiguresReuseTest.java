package org.kakehashi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kakehashi.dashboard.DashboardPeriod.Kind;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.pipeline.PipelineFigureService;
import org.kakehashi.pipeline.MutableClock;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The figures are aggregates over the whole register: many board members reading the dashboard within a minute get
 * the figures counted once, and a change shows once that minute is over (bench/README.md, "Under load").
 */
@SpringBootTest
@DirtiesContext
@Import(DashboardTestData.Config.class)
@TestPropertySource(properties = "kakehashi.demo-data=false")
@WithMockUser(roles = Roles.BOARD)
class DashboardFiguresReuseTest {

    @Autowired
    private MembershipService memberships;

    @Autowired
    private DelegationService delegations;

    @Autowired
    private PipelineFigureService leads;

    @Autowired
    private DashboardTestData data;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_figures_of_a_period_are_reused_for_a_minute_then_counted_afresh() {
        data.generate(7, 200, 20, 50);
        var clock = new MutableClock(DashboardTestData.NOW);
        var dashboard = new DashboardService(memberships, delegations, leads, clock, Duration.ofMinutes(1));
        var calendarYear = new DashboardPeriod(Kind.CALENDAR, 2026);
        long unpaid = dashboard.figures(calendarYear).members().duesUnpaid();
        assertThat(unpaid).isPositive();

        jdbc.update("update membership set dues_status = 'PAID'");
        clock.advance(Duration.ofSeconds(59));
        assertThat(dashboard.figures(calendarYear).members().duesUnpaid()).isEqualTo(unpaid);
        assertThat(dashboard.figures(new DashboardPeriod(Kind.FISCAL, 2026)).members().duesUnpaid())
                .as("another period is counted on its own").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(dashboard.figures(calendarYear).members().duesUnpaid()).isZero();
    }

    @Test
    void the_figures_say_when_they_were_counted_and_a_refresh_counts_them_afresh_at_once() {
        data.generate(7, 200, 20, 50);
        var clock = new MutableClock(DashboardTestData.NOW);
        var dashboard = new DashboardService(memberships, delegations, leads, clock, Duration.ofMinutes(1));
        var calendarYear = new DashboardPeriod(Kind.CALENDAR, 2026);
        var first = dashboard.figures(calendarYear);
        assertThat(first.countedAt().toInstant()).isEqualTo(DashboardTestData.NOW);
        assertThat(first.members().duesUnpaid()).isPositive();

        jdbc.update("update membership set dues_status = 'PAID'");
        clock.advance(Duration.ofSeconds(20));
        assertThat(dashboard.figures(calendarYear).countedAt()).isEqualTo(first.countedAt());

        var refreshed = dashboard.refresh(calendarYear);

        assertThat(refreshed.members().duesUnpaid()).isZero();
        assertThat(refreshed.countedAt().toInstant()).isEqualTo(DashboardTestData.NOW.plusSeconds(20));
        assertThat(dashboard.figures(calendarYear)).as("the next reader gets the refreshed figures")
                .isSameAs(refreshed);
    }

    @Test
    void once_the_figures_are_older_one_request_counts_them_afresh_and_the_others_meanwhile_get_the_previous()
            throws Exception {
        var clock = new MutableClock(DashboardTestData.NOW);
        var counting = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var counts = new AtomicInteger();
        var dashboard = new DashboardService(null, null, null, clock, Duration.ofMinutes(1)) {
            @Override
            DashboardFigures compute(DashboardPeriod period) {
                if (counts.incrementAndGet() == 2) {
                    counting.countDown();
                    await(release);
                }
                return new DashboardFigures(period, DashboardTestData.TODAY, null, null, null, null, null, null, null,
                        null, null);
            }
        };
        var period = new DashboardPeriod(Kind.CALENDAR, 2026);
        var first = dashboard.figures(period);
        clock.advance(Duration.ofMinutes(1));

        var recount = CompletableFuture.supplyAsync(() -> dashboard.figures(period));
        assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dashboard.figures(period)).as("while the figures are counted afresh").isSameAs(first);
        release.countDown();
        var second = recount.get(10, TimeUnit.SECONDS);

        assertThat(second).isNotSameAs(first);
        assertThat(dashboard.figures(period)).isSameAs(second);
        assertThat(counts).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
