package org.kakehashi.members;

import java.time.LocalDate;
import java.util.List;

/**
 * What the organisation list is narrowed to; every part is optional.
 *
 * @param search a part of the name in Latin or Japanese script, case and accents ignored
 * @param activeOn only the members whose membership was active on that day, as the dashboard counts them for a
 *     period (started, not resigned, paid by then, not past its end date and the grace period)
 * @param otherThanCities only the organisations in none of these cities, or with no city: the dashboard's "other
 *     cities"
 */
public record OrganisationFilter(String search, OrganisationKind kind, String city, Long membershipTypeId,
        MembershipStatus status, boolean includeArchived, LocalDate activeOn, List<String> otherThanCities) {

    public OrganisationFilter {
        otherThanCities = otherThanCities == null ? List.of() : List.copyOf(otherThanCities);
    }

    public OrganisationFilter(String search, OrganisationKind kind, String city, Long membershipTypeId,
            MembershipStatus status, boolean includeArchived) {
        this(search, kind, city, membershipTypeId, status, includeArchived, null, List.of());
    }

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null, null, false);
    }

    /** The same filter narrowed to the members active on a day and, if any are given, to other cities than these. */
    public OrganisationFilter activeOn(LocalDate day, List<String> otherThan) {
        return new OrganisationFilter(search, kind, city, membershipTypeId, status, includeArchived, day, otherThan);
    }

    boolean needsMembership() {
        return status != null || membershipTypeId != null || activeOn != null;
    }
}
