package org.kakehashi.members;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where a contact was met and which delegations they took part in, told by another feature (the delegations know
 * which business cards were exchanged at which programme item) without the register depending on it. A contact's
 * dialog lists what every such bean says; the export and erasure of a person's data go through it too.
 */
public interface ContactEncounters {

    /** One meeting: the day, what and where it was as the user reads it, and any notes taken on the person. */
    record Encounter(LocalDate date, String description, String notes) {
    }

    /** One delegation the contact took part in, with the translation key of their role in it. */
    record Participation(LocalDate start, LocalDate end, String delegation, String roleKey) {
    }

    /** The meetings with the contact, oldest first. */
    List<Encounter> of(long contactId);

    /** The delegations the contact took part in, oldest first. */
    default List<Participation> participations(long contactId) {
        return List.of();
    }

    /** The contacts met, or taking part in a delegation, on or after the day: active, for the privacy review. */
    default Set<Long> activeSince(LocalDate since) {
        return Set.of();
    }

    /** Removes what is held on the contact personally (notes on business cards), keeping the links and counts. */
    default void erase(long contactId) {
    }
}
