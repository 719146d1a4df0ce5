package org.kakehashi.delegations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.members.ContactRef;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MetContact;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's people and organisations in a delegation: who takes part in it, which organisations help it, and
 * the business cards exchanged at its programme items. The planners change them, the board reads them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationContactsService {

    private final ProgrammeItemRepository items;
    private final ParticipantRepository participants;
    private final PartnerRepository partners;
    private final BusinessCardRepository cards;
    private final ContactService contacts;
    private final OrganisationService organisations;
    private final Validator validator;
    private final AuditTrail auditTrail;

    DelegationContactsService(ProgrammeItemRepository items, ParticipantRepository participants,
            PartnerRepository partners, BusinessCardRepository cards, ContactService contacts,
            OrganisationService organisations, Validator validator, AuditTrail auditTrail) {
        this.items = items;
        this.participants = participants;
        this.partners = partners;
        this.cards = cards;
        this.contacts = contacts;
        this.organisations = organisations;
        this.validator = validator;
        this.auditTrail = auditTrail;
    }

    /** Contacts of the register by part of their name, for the pickers of participants and business cards. */
    public List<ContactRef> contactChoices(String search, Pageable pageable) {
        return contacts.choices(search, pageable);
    }

    /** Organisations of the register by part of their name, for the pickers of hosts, counterparts and partners. */
    public List<OrganisationRef> organisationChoices(String search, Pageable pageable) {
        return organisations.choices(search, pageable);
    }

    public List<Participant> participants(long delegationId) {
        return participants.findByDelegation(delegationId);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public Participant saveParticipant(Participant participant) {
        if (participant.chosenContact() != null) {
            participant.setContact(contacts.reference(participant.chosenContact()));
        }
        validate(participant);
        return participants.save(participant);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public void deleteParticipant(Participant participant) {
        participants.deleteById(participant.getId());
    }

    public List<Partner> partners(long delegationId) {
        return partners.findByDelegation(delegationId);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public Partner savePartner(Partner partner) {
        if (partner.chosenOrganisation() != null) {
            partner.setOrganisation(organisations.reference(partner.chosenOrganisation()));
        }
        validate(partner);
        return partners.save(partner);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public void deletePartner(Partner partner) {
        partners.deleteById(partner.getId());
    }

    /** The business cards exchanged at a programme item, with their contacts. */
    public List<BusinessCard> businessCards(long programmeItemId) {
        return cards.findByProgrammeItem(programmeItemId);
    }

    /** Records a business card of a contact of the register exchanged at a programme item. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public BusinessCard addBusinessCard(ProgrammeItem item, ContactRef contact) {
        var card = new BusinessCard(items.findById(item.getId()).orElseThrow(), contacts.reference(contact));
        validate(card);
        return cards.save(card);
    }

    /**
     * Records a business card of a person not yet in the register, who is added to it as a contact met in the field
     * in the same transaction: either both are saved or neither.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public BusinessCard addBusinessCardOfNewContact(ProgrammeItem item, MetContact contact) {
        validate(contact);
        var card = new BusinessCard(items.findById(item.getId()).orElseThrow(), contacts.addMetContact(contact));
        validate(card);
        return cards.save(card);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public void deleteBusinessCard(BusinessCard card) {
        cards.deleteById(card.getId());
    }

    /** Where a contact was met: the business cards exchanged with them, with their items and delegations. */
    public List<BusinessCard> meetingsWith(long contactId) {
        return cards.findByContact(contactId).stream()
                .sorted(Comparator.comparing(card -> card.getProgrammeItem().getStartInstant()))
                .toList();
    }

    /** The delegations a contact took part in, oldest first, each participation with its delegation. */
    public List<Participant> participationsOf(long contactId) {
        return participants.findByContact(contactId);
    }

    /** The contacts met at a programme item, or taking part in a delegation that ended, on or after the day. */
    public Set<Long> contactsActiveSince(LocalDate since) {
        var active = new HashSet<>(cards.contactsMetSince(since.atStartOfDay()));
        active.addAll(participants.contactsTakingPartSince(since));
        return active;
    }

    /**
     * Clears the notes taken on a person at their business cards, and from the history of every card exchanged with
     * them (deleted ones too); the cards stay, so the counts do.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public void eraseNotesOn(long contactId) {
        cards.findByContact(contactId).forEach(card -> card.setNotes(null));
        // The history of clearing them is written first, then emptied with the rest
        cards.flush();
        auditTrail.eraseOfRecordsRelatedTo(BusinessCard.class, "contact", contactId, Set.of("notes"));
    }

    private void validate(Object value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
