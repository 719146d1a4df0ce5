package org.kakehashi.delegations;

import java.time.LocalDate;

/**
 * What the delegation list is narrowed to; every part is optional.
 *
 * @param year the delegations under way at some time in that year
 * @param city the home city or one of the visited cities
 * @param startsFrom the delegations starting on or after that day
 * @param startsTo the delegations starting on or before that day
 */
public record DelegationFilter(DelegationDirection direction, DelegationStatus status, Integer year, String city,
        LocalDate startsFrom, LocalDate startsTo) {

    public DelegationFilter(DelegationDirection direction, DelegationStatus status, Integer year, String city) {
        this(direction, status, year, city, null, null);
    }

    public static DelegationFilter all() {
        return new DelegationFilter(null, null, null, null);
    }

    /** The delegations starting between two days, both included, as the dashboard counts them. */
    public static DelegationFilter starting(LocalDate from, LocalDate to) {
        return new DelegationFilter(null, null, null, null, from, to);
    }
}
