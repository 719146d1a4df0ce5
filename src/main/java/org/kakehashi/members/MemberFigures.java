package org.kakehashi.members;

import java.util.List;
import java.util.Map;

/**
 * The association's members on a day and at the start of a period, for the board.
 *
 * @param active the members active on the day
 * @param activeAtStart the members active on the first day of the period
 * @param duesUnpaid the memberships whose dues are overdue now (the dues list's "unpaid")
 * @param byKind the active members on the day by kind of organisation, every kind present
 * @param byCity the cities with the most active members on the day, most first
 * @param inOtherCities the active members in any other city, or with no city
 */
public record MemberFigures(long active, long activeAtStart, long duesUnpaid, Map<OrganisationKind, Long> byKind,
        List<CityCount> byCity, long inOtherCities) {

    public long change() {
        return active - activeAtStart;
    }

    /** How many active members an organisation's city has. */
    public record CityCount(String city, long members) {
    }
}
