package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The queries of the export and import that the feature's repositories do not have. */
@Repository
class MemberExchangeQueries {

    /** An organisation of the register as the duplicate check compares it. */
    record Existing(long id, String name, String city, String organisationNumber) {
    }

    private final EntityManager entityManager;

    MemberExchangeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The contacts at these organisations who consented to be contacted and were not erased, ordered by name. */
    List<ContactPerson> consentingContactsAt(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select c from ContactPerson c
                        where c.organisation.id in :ids and c.consent = true and c.erasedAt is null
                        order by c.familyName, c.givenName, c.id""", ContactPerson.class)
                .setParameter("ids", organisationIds)
                .getResultList();
    }

    /** Every contact at these organisations that was not erased, ordered by name: the rows of a re-import file. */
    List<ContactPerson> contactsAt(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select c from ContactPerson c
                        where c.organisation.id in :ids and c.erasedAt is null
                        order by c.familyName, c.givenName, c.id""", ContactPerson.class)
                .setParameter("ids", organisationIds)
                .getResultList();
    }

    List<Existing> withOrganisationNumbers(Collection<String> numbers) {
        return existing("upper(o.organisationNumber) in :values", numbers);
    }

    List<Existing> withNames(Collection<String> lowerCaseNames) {
        return existing("lower(o.name) in :values", lowerCaseNames);
    }

    private List<Existing> existing(String condition, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        // Plain columns rather than entities: an organisation would load its membership with it
        return entityManager.createQuery("select o.id, o.name, o.city, o.organisationNumber from Organisation o where "
                        + condition, Existing.class)
                .setParameter("values", values)
                .getResultList();
    }

    void persist(Object entity) {
        entityManager.persist(entity);
    }

    Organisation reference(long organisationId) {
        return entityManager.getReference(Organisation.class, organisationId);
    }

    /** Writes what is pending and forgets the entities read or written so far, so a long run stays small. */
    void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }

    void clear() {
        entityManager.clear();
    }
}
