package org.kakehashi.members;

/**
 * An organisation of the register as the other features' views show and choose it (a host, a referring
 * partner): their views never hold the entity, and their services turn the id back into the association.
 */
public record OrganisationRef(long id, String name, String city) {

    public static OrganisationRef of(Organisation organisation) {
        return organisation == null ? null
                : new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getCity());
    }

    /** The name, with the city where the register knows it: two offices of one company differ by it. */
    public String label() {
        return city == null ? name : name + " (" + city + ")";
    }
}
