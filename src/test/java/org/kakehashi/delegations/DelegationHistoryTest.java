package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.pipeline.PipelineTestData;
import org.kakehashi.members.MetContact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

/** A delegation's participants and partners, and a programme item's business cards, are kept in their history. */
@SpringBootTest
@Import(PipelineTestData.Config.class)
class DelegationHistoryTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private PipelineTestData data;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void participants_and_partners_added_changed_and_removed_are_kept_in_the_delegations_history() {
        data.loginAs("secretary");
        var consulate = organisation("Consulate General in Osaka " + System.nanoTime());
        data.loginAs("officer");
        var mission = mission("Shonan health mission");
        var guest = new Participant(mission);
        guest.setGuestName("Mirai Kobayashi");
        guest.setRole(ParticipantRole.INTERPRETER);
        guest = delegationContacts.saveParticipant(guest);
        var partner = new Partner(mission);
        partner.setOrganisation(consulate);
        partner.setContribution("Opened doors");
        partner = delegationContacts.savePartner(partner);
        data.loginAs("secretary");
        guest.setRole(ParticipantRole.PRESS);
        delegationContacts.saveParticipant(guest);
        delegationContacts.deletePartner(partner);

        assertThat(history(mission.getId()))
                .extracting(AuditEntry::changedBy, AuditEntry::entityType, AuditEntry::action, AuditEntry::field,
                        AuditEntry::oldValue, AuditEntry::newValue)
                .contains(tuple("officer", "Participant", Action.CREATE, "guestName", null, "Mirai Kobayashi"),
                        tuple("secretary", "Participant", Action.UPDATE, "role", "INTERPRETER", "PRESS"),
                        tuple("officer", "Partner", Action.CREATE, "organisation", null, consulate.getName()),
                        tuple("officer", "Partner", Action.CREATE, "contribution", null, "Opened doors"),
                        tuple("secretary", "Partner", Action.DELETE, "contribution", "Opened doors", null));
    }

    @Test
    void a_business_card_is_kept_in_its_programme_items_history_and_deleting_the_delegation_keeps_each_removal() {
        data.loginAs("officer");
        var mission = mission("Kobe biomedical mission");
        var visit = delegations.saveItem(Fixtures.item(mission, "Visit to the cluster office",
                LocalDateTime.of(2026, 9, 15, 10, 0), "Asia/Tokyo"));
        var card = delegationContacts.addBusinessCardOfNewContact(visit,
                new MetContact("Nakamura", "Aoi", null, null, null, null, null));
        var guest = new Participant(mission);
        guest.setGuestName("Daichi Ueda");
        guest = delegationContacts.saveParticipant(guest);

        assertThat(delegations.programmeItemHistory(visit.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::entityType, AuditEntry::entityId, AuditEntry::action, AuditEntry::field,
                        AuditEntry::newValue)
                .contains(tuple("BusinessCard", card.getId(), Action.CREATE, "contact",
                        "#" + card.getContact().getId()));

        delegations.delete(delegations.get(mission.getId()).orElseThrow());

        assertThat(history(mission.getId()))
                .extracting(AuditEntry::entityType, AuditEntry::entityId, AuditEntry::action, AuditEntry::field,
                        AuditEntry::oldValue)
                .contains(tuple("Participant", guest.getId(), Action.DELETE, "guestName", "Daichi Ueda"));
        assertThat(delegations.programmeItemHistory(visit.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::entityType, AuditEntry::action)
                .contains(tuple("BusinessCard", Action.DELETE), tuple("ProgrammeItem", Action.DELETE));
    }

    private java.util.List<AuditEntry> history(long delegationId) {
        return delegations.history(delegationId, Pageable.ofSize(100)).getContent();
    }

    private Delegation mission(String title) {
        return delegations.save(Fixtures.delegation(title + " " + System.nanoTime(), DelegationDirection.INBOUND,
                "Lund", "Fujisawa", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18)));
    }

    private Organisation organisation(String name) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.AGENCY);
        organisation.setCity("Osaka");
        return organisations.save(organisation);
    }
}
