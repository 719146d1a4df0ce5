package org.kakehashi.members;

/**
 * What the organisation list is narrowed to; every part is optional.
 *
 * @param search a part of the name in Latin or Japanese script, case and accents ignored
 */
public record OrganisationFilter(String search, OrganisationKind kind, String city, Long membershipTypeId,
        MembershipStatus status, boolean includeArchived) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, null, null, false);
    }
}
