package org.kakehashi.delegations;

import java.util.List;
import org.kakehashi.members.ContactEncounters;
import org.springframework.stereotype.Component;

/** Tells the register where a contact was met: each business card exchanged at a delegation's programme item. */
@Component
class BusinessCardEncounters implements ContactEncounters {

    private final DelegationService delegations;

    BusinessCardEncounters(DelegationService delegations) {
        this.delegations = delegations;
    }

    @Override
    public List<Encounter> of(long contactId) {
        return delegations.meetingsWith(contactId).stream()
                .map(card -> card.getProgrammeItem())
                .map(item -> new Encounter(item.getStart().toLocalDate(), item.getCity() == null
                        ? item.getTitle() + " (" + item.getDelegation().getTitle() + ")"
                        : item.getTitle() + ", " + item.getCity() + " (" + item.getDelegation().getTitle() + ")"))
                .toList();
    }
}
