package org.kakehashi.members.ui;

import java.util.Comparator;
import java.util.List;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.members.ContactPerson;

/** The meetings with a contact from every feature that knows of some, oldest first. */
record Encounters(List<ContactEncounters> sources) {

    List<ContactEncounters.Encounter> of(ContactPerson contact) {
        if (contact.isNew()) {
            return List.of();
        }
        return sources.stream()
                .flatMap(source -> source.of(contact.getId()).stream())
                .sorted(Comparator.comparing(ContactEncounters.Encounter::date))
                .toList();
    }
}
