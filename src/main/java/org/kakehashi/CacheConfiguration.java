package org.kakehashi;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardService;
import org.kakehashi.members.OrganisationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The application's caches, each with how long it keeps what it holds: what is costly to read and read far more
 * often than it changes. The services say what they keep ({@code @Cacheable}) and what forgets it
 * ({@code @CacheEvict}). Kept in this instance's memory only: another instance on the same database sees a change
 * once the max-age has passed.
 */
@Configuration(proxyBeanMethods = false)
// Method security comes first (a kept value is never handed to a role that may not read it); then the cache, before
// the transaction, so that a kept value is returned without opening one
@EnableCaching(order = Ordered.LOWEST_PRECEDENCE - 1)
class CacheConfiguration {

    /** The caches' time source; a test gives its own to move time on. */
    @Bean
    Ticker cacheTicker() {
        return Ticker.systemTicker();
    }

    @Bean
    CacheManager cacheManager(Ticker ticker, @Value("${kakehashi.members.cities-max-age}") Duration citiesMaxAge,
            @Value("${kakehashi.dashboard.figures-max-age}") Duration figuresMaxAge,
            ObjectProvider<DashboardService> dashboard) {
        return caches(ticker, citiesMaxAge, figuresMaxAge,
                period -> dashboard.getObject().count((DashboardPeriod) period));
    }

    /**
     * The caches, the dashboard's figures counted by {@code countFigures} when they are due.
     * <p>
     * A put or an eviction inside a transaction waits for its commit (Spring's transaction-aware caches), and is
     * dropped with a rollback. So the cities are forgotten once a save has committed, not before (a request reading
     * them between the save and its commit would otherwise keep the cities from before it), and cities read by a
     * transaction that then rolls back, its own uncommitted organisations among them, are never kept. What a read
     * still under way at the commit keeps is at most the max-age old, as another instance's changes are.
     */
    static CacheManager caches(Ticker ticker, Duration citiesMaxAge, Duration figuresMaxAge,
            CacheLoader<Object, Object> countFigures) {
        var caffeine = new CaffeineCacheManager();
        // Only the caches below: a name no cache has fails, rather than making a cache that keeps for ever
        caffeine.setCacheNames(List.of());
        caffeine.registerCustomCache(OrganisationService.CITIES_CACHE,
                Caffeine.newBuilder().ticker(ticker).expireAfterWrite(notNegative(citiesMaxAge)).build());
        caffeine.registerCustomCache(DashboardService.FIGURES_CACHE,
                dashboardFigures(ticker, figuresMaxAge).build(countFigures));
        return new TransactionAwareCacheManagerProxy(caffeine);
    }

    /**
     * Once the figures of a period are older than the max-age, the first request counts them afresh and gets the new
     * figures, while the requests meanwhile get the previous ones (Caffeine's refresh after write). The refresh runs
     * on the requesting thread, so it counts with that user's roles and the request waits for its own count. Figures
     * twice the max-age old are forgotten: the next request counts them while the others wait for that count.
     */
    private static Caffeine<Object, Object> dashboardFigures(Ticker ticker, Duration maxAge) {
        var builder = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run);
        if (!maxAge.isPositive()) {
            return builder.expireAfterWrite(Duration.ZERO);
        }
        return builder.refreshAfterWrite(maxAge).expireAfterWrite(maxAge.multipliedBy(2));
    }

    private static Duration notNegative(Duration maxAge) {
        return maxAge.isNegative() ? Duration.ZERO : maxAge;
    }
}
