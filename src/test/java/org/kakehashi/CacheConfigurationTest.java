package org.kakehashi;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.CacheLoader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardPeriod.Kind;
import org.kakehashi.dashboard.DashboardService;
import org.kakehashi.members.OrganisationService;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;

/**
 * How long the caches keep what they hold, and the dashboard's recount, on the caches as configured, called as the
 * services' {@code @Cacheable} calls them (DashboardFiguresReuseTest and OrganisationCitiesTest go through the
 * services).
 */
class CacheConfigurationTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();

    @Test
    void once_the_figures_are_older_one_request_counts_them_afresh_and_the_others_meanwhile_get_the_previous()
            throws Exception {
        var counting = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var figures = caches(A_MINUTE, period -> {
            int count = counts.incrementAndGet();
            if (count == 2) {
                counting.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            return count;
        }).getCache(DashboardService.FIGURES_CACHE);
        var period = new DashboardPeriod(Kind.CALENDAR, 2026);
        assertThat(figures.get(period, counts::incrementAndGet)).isEqualTo(1);
        nanos.addAndGet(A_MINUTE.plusSeconds(1).toNanos());

        var recount = CompletableFuture.supplyAsync(() -> read(figures, period));
        assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(read(figures, period)).as("while the figures are counted afresh").isEqualTo(1);
        release.countDown();

        assertThat(recount.get(10, TimeUnit.SECONDS)).as("the request that counted them").isEqualTo(2);
        assertThat(read(figures, period)).isEqualTo(2);
        assertThat(counts).hasValue(2);
    }

    @Test
    void figures_twice_the_max_age_old_are_counted_afresh_before_anyone_gets_them() {
        var figures = caches(A_MINUTE, period -> counts.incrementAndGet()).getCache(DashboardService.FIGURES_CACHE);
        var period = new DashboardPeriod(Kind.FISCAL, 2026);
        read(figures, period);

        nanos.addAndGet(A_MINUTE.multipliedBy(2).toNanos());

        assertThat(read(figures, period)).isEqualTo(2);
    }

    @Test
    void the_cities_are_kept_for_their_max_age_so_what_another_instance_writes_shows_within_it() {
        var cities = caches(A_MINUTE, period -> counts.incrementAndGet()).getCache(OrganisationService.CITIES_CACHE);
        cities.put(SimpleKey.EMPTY, List.of("Lund"));

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cities.get(SimpleKey.EMPTY)).isNotNull();

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cities.get(SimpleKey.EMPTY)).isNull();
    }

    @Test
    void a_max_age_of_zero_keeps_nothing() {
        var caches = CacheConfiguration.caches(nanos::get, Duration.ZERO, Duration.ZERO,
                period -> counts.incrementAndGet());
        var cities = caches.getCache(OrganisationService.CITIES_CACHE);
        var figures = caches.getCache(DashboardService.FIGURES_CACHE);
        cities.put(SimpleKey.EMPTY, List.of("Lund"));
        var period = new DashboardPeriod(Kind.CALENDAR, 2026);
        read(figures, period);

        assertThat(cities.get(SimpleKey.EMPTY)).isNull();
        assertThat(read(figures, period)).isEqualTo(2);
    }

    @Test
    void a_cache_no_service_names_does_not_exist_rather_than_keeping_for_ever() {
        assertThat(caches(A_MINUTE, period -> 0).getCache("dashboardFigure")).isNull();
    }

    private CacheManager caches(Duration maxAge, CacheLoader<Object, Object> countFigures) {
        return CacheConfiguration.caches(nanos::get, maxAge, maxAge, countFigures);
    }

    /** As {@code @Cacheable(sync = true)} reads: counted by the method itself when missing. */
    private Object read(Cache figures, DashboardPeriod period) {
        return figures.get(period, counts::incrementAndGet);
    }
}
