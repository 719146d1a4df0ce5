package org.kakehashi.delegations;

/**
 * What the delegation list is narrowed to; every part is optional.
 *
 * @param year the delegations under way at some time in that year
 * @param city the home city or one of the visited cities
 */
public record DelegationFilter(DelegationDirection direction, DelegationStatus status, Integer year, String city) {

    public static DelegationFilter all() {
        return new DelegationFilter(null, null, null, null);
    }
}
