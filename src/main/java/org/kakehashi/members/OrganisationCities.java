package org.kakehashi.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.kakehashi.common.WriteListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cities of the register for the member list's filter. Reading them is a scan of the city index (100,000
 * entries at the stress size) at every visit of the list, while they change only when an organisation is saved,
 * imported or deleted: so they are kept until Hibernate writes an organisation here, and at most
 * {@code kakehashi.members.cities-max-age} (a minute) for what other instances on the same database write.
 */
@Component
class OrganisationCities implements WriteListener {

    private final Clock clock;
    private final Duration maxAge;
    /** Counts the changes, so that cities read while an organisation was being written are not kept. */
    private final AtomicLong changes = new AtomicLong();
    /** Writes of organisations whose transaction has not ended: what is read meanwhile may not be committed. */
    private final AtomicInteger open = new AtomicInteger();
    private volatile Read last;

    OrganisationCities(Clock clock, @Value("${kakehashi.members.cities-max-age:PT1M}") Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * The distinct cities in alphabetical order, as kept or else as {@code fromDatabase} reads them; called inside
     * a service's transaction.
     */
    List<String> get(Supplier<List<String>> fromDatabase) {
        var now = clock.instant();
        var read = last;
        if (read != null && read.change() == changes.get() && now.isBefore(read.at().plus(maxAge))
                && !now.isBefore(read.at())) {
            return read.cities();
        }
        long change = changes.get();
        var cities = List.copyOf(fromDatabase.get());
        if (change == changes.get() && open.get() == 0 && maxAge.isPositive()) {
            last = new Read(cities, now, change);
        }
        return cities;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    /** Forgets the cities now, and again when the transaction ends, committed or not. */
    private void changed(Object entity) {
        if (!(entity instanceof Organisation)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            open.incrementAndGet();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                    open.decrementAndGet();
                }
            });
        }
        forget();
    }

    private void forget() {
        changes.incrementAndGet();
        last = null;
    }

    private record Read(List<String> cities, Instant at, long change) {
    }
}
