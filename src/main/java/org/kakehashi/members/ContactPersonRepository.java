package org.kakehashi.members;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactPersonRepository extends JpaRepository<ContactPerson, Long> {

    List<ContactPerson> findByOrganisationIdOrderByFamilyNameAscGivenNameAsc(Long organisationId);

    @Query("select c from ContactPerson c left join fetch c.organisation where c.id = :id")
    Optional<ContactPerson> findWithOrganisation(long id);

    /** Contacts by name, each with its organisation and that organisation's membership (members through it). */
    @Query("""
            select c from ContactPerson c left join fetch c.organisation o left join fetch o.membership m
            left join fetch m.type
            where c.searchText like :pattern escape '\\'
            order by c.familyName, c.givenName, c.id""")
    List<ContactPerson> search(String pattern, Pageable pageable);

    @Query("select count(c) from ContactPerson c where c.searchText like :pattern escape '\\'")
    long countMatching(String pattern);

    /**
     * The privacy review: contacts not erased, without consent, unchanged since the instant, not among the active
     * ones named, and sent no reminder since; by name.
     */
    @Query("""
            select c from ContactPerson c left join fetch c.organisation
            where c.consent = false and c.erasedAt is null and coalesce(c.modifiedAt, c.createdAt) < :since
              and c.id not in :active
              and not exists (select r.id from MemberReminder r
                              where lower(r.recipientEmail) = lower(c.email) and r.sentAt >= :since)
            order by c.familyName, c.givenName, c.id""")
    List<ContactPerson> inactiveWithoutConsent(Instant since, Collection<Long> active, Pageable pageable);

    @Query("""
            select count(c) from ContactPerson c
            where c.consent = false and c.erasedAt is null and coalesce(c.modifiedAt, c.createdAt) < :since
              and c.id not in :active
              and not exists (select r.id from MemberReminder r
                              where lower(r.recipientEmail) = lower(c.email) and r.sentAt >= :since)""")
    long countInactiveWithoutConsent(Instant since, Collection<Long> active);
}
