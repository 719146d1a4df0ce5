package org.kakehashi.members;

/**
 * A contact of the register as the other features' views show and choose them (a participant, a business card):
 * their views never hold the entity, and their services turn the id back into the association.
 */
public record ContactRef(long id, String fullName, String nameJapanese, String title, String organisationName) {

    public static ContactRef of(ContactPerson contact) {
        return contact == null ? null
                : new ContactRef(contact.getId(), contact.getFullName(), contact.getNameJapanese(), contact.getTitle(),
                        contact.getOrganisation() == null ? null : contact.getOrganisation().getName());
    }

    /** The name, in Japanese script too where known, and the organisation: two namesakes differ by it. */
    public String label() {
        var name = nameJapanese == null ? fullName : fullName + " " + nameJapanese;
        return organisationName == null ? name : name + " (" + organisationName + ")";
    }
}
