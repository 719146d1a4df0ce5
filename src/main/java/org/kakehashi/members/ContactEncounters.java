package org.kakehashi.members;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a contact was met, told by another feature (the delegations know which business cards were exchanged at
 * which programme item) without the register depending on it. A contact's dialog lists what every such bean says.
 */
public interface ContactEncounters {

    /** One meeting: the day, and what and where it was, as the user reads it. */
    record Encounter(LocalDate date, String description) {
    }

    /** The meetings with the contact, oldest first. */
    List<Encounter> of(long contactId);
}
