package org.kakehashi.delegations;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Tells the register where a contact was met (each business card exchanged at a delegation's programme item) and
 * which delegations they took part in.
 */
@Component
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
class BusinessCardEncounters implements ContactEncounters {

    private final DelegationContactsService delegations;

    BusinessCardEncounters(DelegationContactsService delegations) {
        this.delegations = delegations;
    }

    @Override
    public List<Encounter> of(long contactId) {
        return delegations.meetingsWith(contactId).stream()
                .map(card -> {
                    var item = card.getProgrammeItem();
                    return new Encounter(item.getStart().toLocalDate(), item.getCity() == null
                            ? item.getTitle() + " (" + item.getDelegation().getTitle() + ")"
                            : item.getTitle() + ", " + item.getCity() + " (" + item.getDelegation().getTitle() + ")",
                            card.getNotes());
                })
                .toList();
    }

    @Override
    public List<Participation> participations(long contactId) {
        return delegations.participationsOf(contactId).stream()
                .map(participant -> {
                    var delegation = participant.getDelegation();
                    return new Participation(delegation.getStartDate(), delegation.getEndDate(),
                            delegation.getTitle(),
                            "participant.role." + participant.getRole());
                })
                .toList();
    }

    @Override
    public Set<Long> activeSince(LocalDate since) {
        return delegations.contactsActiveSince(since);
    }

    @Override
    public void erase(long contactId) {
        delegations.eraseNotesOn(contactId);
    }
}
