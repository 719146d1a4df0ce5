package org.kakehashi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.dashboard.DashboardPeriod.Kind;
import org.kakehashi.pipeline.MutableClock;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The figures are aggregates over the whole register: many board members reading the dashboard within a minute get
 * the figures counted once, and a change shows once that minute is over (bench/README.md, "Under load"). That one
 * request counts them afresh while the others meanwhile get the previous ones: CacheConfigurationTest.
 */
@SpringBootTest(properties = {"kakehashi.demo-data=false", "kakehashi.dashboard.figures-max-age=1m"})
@DirtiesContext
@Import(DashboardFiguresReuseTest.MovingTime.class)
@WithMockUser(roles = Roles.BOARD)
class DashboardFiguresReuseTest {

    /** One clock for the figures' "counted at" and the cache's age, moved on by the tests. */
    @TestConfiguration
    static class MovingTime {

        @Bean
        @Primary
        MutableClock movingClock() {
            return new MutableClock(DashboardTestData.NOW);
        }

        @Bean
        @Primary
        Ticker movingTicker(MutableClock clock) {
            return () -> {
                var now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            };
        }
    }

    @Autowired
    private DashboardService dashboard;

    @Autowired
    private MutableClock clock;

    @Autowired
    private CacheManager caches;

    @Autowired
    private JdbcTemplate jdbc;

    private DashboardTestData data;

    @BeforeEach
    void startAtNowWithNothingKept() {
        clock.set(DashboardTestData.NOW);
        caches.getCache(DashboardService.FIGURES_CACHE).invalidate();
        data = new DashboardTestData(jdbc);
    }

    @Test
    void the_figures_of_a_period_are_reused_for_a_minute_then_counted_afresh() {
        data.generate(7, 200, 20, 50);
        var calendarYear = new DashboardPeriod(Kind.CALENDAR, 2026);
        long unpaid = dashboard.figures(calendarYear).members().duesUnpaid();
        assertThat(unpaid).isPositive();

        jdbc.update("update membership set dues_status = 'PAID'");
        clock.advance(Duration.ofSeconds(59));
        assertThat(dashboard.figures(calendarYear).members().duesUnpaid()).isEqualTo(unpaid);
        assertThat(dashboard.figures(new DashboardPeriod(Kind.FISCAL, 2026)).members().duesUnpaid())
                .as("another period is counted on its own").isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(dashboard.figures(calendarYear).members().duesUnpaid()).isZero();
    }

    @Test
    void the_figures_say_when_they_were_counted_and_a_refresh_counts_them_afresh_at_once() {
        data.generate(7, 200, 20, 50);
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
    void a_user_without_a_role_gets_no_figures_even_while_they_are_kept() {
        var calendarYear = new DashboardPeriod(Kind.CALENDAR, 2026);
        dashboard.figures(calendarYear);

        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("nobody", null, "ROLE_NOBODY"));

        assertThatThrownBy(() -> dashboard.figures(calendarYear)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
