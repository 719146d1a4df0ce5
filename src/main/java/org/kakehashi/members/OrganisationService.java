package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.security.Roles;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations of the register: everyone reads them, the secretary and the administrator change them. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class OrganisationService {

    /**
     * The cities of the register for the member list's filter (CacheConfiguration: {@code
     * kakehashi.members.cities-max-age}), forgotten when a service of this feature writes an organisation.
     */
    public static final String CITIES_CACHE = "organisationCities";

    private final OrganisationRepository organisations;
    private final OrganisationQueries queries;
    private final ContactPersonRepository contacts;
    private final MembershipRepository memberships;
    private final AuditTrail auditTrail;

    OrganisationService(OrganisationRepository organisations, OrganisationQueries queries,
            ContactPersonRepository contacts, MembershipRepository memberships, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.organisations = organisations;
        this.queries = queries;
        this.contacts = contacts;
        this.memberships = memberships;
    }

    /** A page of the list with the total count, each organisation with its membership and membership type. */
    public Page<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        return queries.page(filter, pageable);
    }

    /** The rows of a page without the count, for a grid that pages on as it scrolls: one statement. */
    public List<Organisation> list(OrganisationFilter filter, Pageable pageable) {
        return queries.list(filter, pageable);
    }

    public long count(OrganisationFilter filter) {
        return queries.count(filter);
    }

    /** Organisations by part of their name, as other features' pickers offer them: page by page, no count. */
    public List<OrganisationRef> choices(String search, Pageable pageable) {
        return queries.list(new OrganisationFilter(search, null, null, null, null, false), pageable).stream()
                .map(OrganisationRef::of).toList();
    }

    /** The organisation behind a chosen one, for another feature's service to set as an association. */
    public Organisation reference(OrganisationRef organisation) {
        return organisation == null ? null : organisations.getReferenceById(organisation.id());
    }

    public Optional<Organisation> get(long id) {
        return organisations.findWithMembership(id);
    }

    /**
     * The cities the register knows, for the filter. Reading them is a scan of the city index (100,000 entries at
     * the stress size) while they change only when an organisation is saved, imported or deleted: so they are kept
     * until then, and for what other instances on the same database write at most the cache's max-age. Not
     * {@code sync}: so that, inside a transaction, keeping them waits for its commit (CacheConfiguration).
     */
    @Cacheable(CITIES_CACHE)
    public List<String> cities() {
        return List.copyOf(organisations.findCities());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    @CacheEvict(cacheNames = CITIES_CACHE, allEntries = true)
    public Organisation save(Organisation organisation) {
        return organisations.save(organisation);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    @CacheEvict(cacheNames = CITIES_CACHE, allEntries = true)
    public Organisation setArchived(Organisation organisation, boolean archived) {
        organisation.setArchived(archived);
        return organisations.save(organisation);
    }

    /** Whether the organisation may be deleted: only while it has no membership (and so no payments). */
    public boolean canDelete(long id) {
        return !memberships.existsByOrganisationId(id);
    }

    /**
     * Deletes an organisation with its contact persons, as the user saw it.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed or deleted it since it was read
     * @throws IllegalStateException when it has a membership: archive it instead
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    @CacheEvict(cacheNames = CITIES_CACHE, allEntries = true)
    public void delete(Organisation organisation) {
        var id = organisation.getId();
        // A deletion of what someone else changed meanwhile is refused like a conflicting save
        var current = organisations.findById(id).filter(found -> found.getVersion() == organisation.getVersion())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Organisation.class, id));
        if (!canDelete(id)) {
            throw new IllegalStateException("An organisation with a membership is archived, not deleted");
        }
        // One by one, so each deletion is kept in the audit history
        contacts.deleteAll(contacts.findByOrganisationIdOrderByFamilyNameAscGivenNameAsc(id));
        organisations.delete(current);
    }

    /** What was done to the organisation, its contact persons and its membership, newest first. */
    public Page<AuditEntry> history(long organisationId, Pageable pageable) {
        return auditTrail.of(Organisation.class, organisationId, pageable);
    }
}
