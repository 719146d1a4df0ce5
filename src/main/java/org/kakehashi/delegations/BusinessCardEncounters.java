package org.kakehashi.delegations;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Component;

/** Tells the register where a contact was met: each business card exchanged at a delegation's programme item. */
@Component
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
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
