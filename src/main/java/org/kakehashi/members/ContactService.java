package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.common.SearchText;
import org.kakehashi.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact persons of the register, at an organisation or standing alone. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class ContactService {

    private final ContactPersonRepository contacts;
    private final OrganisationRepository organisations;
    private final AuditTrail auditTrail;

    ContactService(ContactPersonRepository contacts, OrganisationRepository organisations, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.contacts = contacts;
        this.organisations = organisations;
    }

    /** The contact as it is now, with its organisation. */
    public Optional<ContactPerson> get(long contactId) {
        return contacts.findWithOrganisation(contactId);
    }

    public List<ContactPerson> ofOrganisation(long organisationId) {
        return contacts.findByOrganisationIdOrderByFamilyNameAscGivenNameAsc(organisationId);
    }

    /**
     * Contacts whose name, in Latin or Japanese script or kana, contains the search, by family name; each with its
     * organisation and membership.
     */
    public Page<ContactPerson> search(String search, Pageable pageable) {
        var pattern = SearchText.containsPattern(search == null ? "" : search);
        var unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return new PageImpl<>(contacts.search(pattern, unsorted), pageable, contacts.countMatching(pattern));
    }

    /** Contacts by part of their name, as other features' pickers offer them: page by page, no count. */
    public List<ContactRef> choices(String search, Pageable pageable) {
        var unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return contacts.search(SearchText.containsPattern(search == null ? "" : search), unsorted).stream()
                .map(ContactRef::of).toList();
    }

    /** The contact behind a chosen one, for another feature's service to set as an association. */
    public ContactPerson reference(ContactRef contact) {
        return contact == null ? null : contacts.getReferenceById(contact.id());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public ContactPerson save(ContactPerson contact) {
        return contacts.save(contact);
    }

    /**
     * Adds a new contact met in the field (a business card exchanged on a delegation): officers may add contacts
     * this way, while changing the register stays with the secretary.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    public ContactPerson addMetContact(MetContact met) {
        var contact = new ContactPerson();
        contact.setFamilyName(met.familyName());
        contact.setGivenName(met.givenName());
        contact.setNameJapanese(met.nameJapanese());
        contact.setNameKana(met.nameKana());
        contact.setTitle(met.title());
        contact.setTitleJapanese(met.titleJapanese());
        contact.setOrganisation(met.organisation() == null ? null
                : organisations.getReferenceById(met.organisation().id()));
        contact.setPreferredLanguage(met.preferredLanguage());
        return contacts.save(contact);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public void delete(ContactPerson contact) {
        contacts.delete(contact);
    }

    /** What was done to the contact person, newest first. */
    public Page<AuditEntry> history(long contactId, Pageable pageable) {
        return auditTrail.of(ContactPerson.class, contactId, pageable);
    }
}
