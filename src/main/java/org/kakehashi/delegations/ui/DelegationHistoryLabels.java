package org.kakehashi.delegations.ui;

import org.kakehashi.common.ui.HistoryLabels;
import org.kakehashi.delegations.BusinessCard;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.Participant;
import org.kakehashi.delegations.Partner;
import org.kakehashi.delegations.ProgrammeItem;

/**
 * The fields of a delegation, its programme, participants, partners and business cards as the history dialog names
 * them: the labels of their forms.
 */
final class DelegationHistoryLabels {

    static final HistoryLabels LABELS = new HistoryLabels()
            .field(Delegation.class, "title", "delegation.title")
            .field(Delegation.class, "direction", "delegation.direction", "delegation.direction.")
            .field(Delegation.class, "homeCity", "delegation.home-city")
            .field(Delegation.class, "homeZoneId", "delegation.home-zone")
            .field(Delegation.class, "visitedCities", "delegation.visited-cities")
            .field(Delegation.class, "startDate", "delegation.start-date")
            .field(Delegation.class, "endDate", "delegation.end-date")
            .field(Delegation.class, "status", "delegation.status", "delegation.status.")
            .field(Delegation.class, "responsibleOfficer", "delegation.responsible-officer")
            .field(Delegation.class, "hostOrganisation", "delegation.host-organisation")
            .field(Delegation.class, "objectives", "delegation.objectives")
            .field(Delegation.class, "sectors", "delegation.sectors")
            .field(Delegation.class, "notes", "delegation.notes")
            .field(ProgrammeItem.class, "title", "programme.title")
            .field(ProgrammeItem.class, "kind", "programme.kind", "programme.kind.")
            .field(ProgrammeItem.class, "start", "programme.start")
            .field(ProgrammeItem.class, "end", "programme.end")
            .field(ProgrammeItem.class, "zoneId", "programme.zone")
            .field(ProgrammeItem.class, "city", "programme.city")
            .field(ProgrammeItem.class, "venue", "programme.venue")
            .field(ProgrammeItem.class, "counterpartOrganisation", "programme.counterpart")
            .field(ProgrammeItem.class, "notes", "programme.notes")
            .field(Participant.class, "contact", "participant.contact")
            .field(Participant.class, "guestName", "participant.guest-name")
            .field(Participant.class, "role", "participant.role", "participant.role.")
            .field(Partner.class, "organisation", "partner.organisation")
            .field(Partner.class, "contribution", "partner.contribution")
            .field(BusinessCard.class, "contact", "card.known-contact")
            .field(BusinessCard.class, "notes", "programme.notes");

    private DelegationHistoryLabels() {
    }
}
