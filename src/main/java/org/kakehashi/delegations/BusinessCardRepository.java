package org.kakehashi.delegations;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BusinessCardRepository extends JpaRepository<BusinessCard, Long> {

    @Query("""
            select b from BusinessCard b
            join fetch b.contact c
            left join fetch c.organisation
            where b.programmeItem.id = :itemId
            order by b.id""")
    List<BusinessCard> findByProgrammeItem(long itemId);

    /** Where a contact was met: the items with their delegations. */
    @Query("""
            select b from BusinessCard b
            join fetch b.programmeItem i
            join fetch i.delegation
            where b.contact.id = :contactId""")
    List<BusinessCard> findByContact(long contactId);

    @Query("select distinct b.contact.id from BusinessCard b where b.programmeItem.start >= :since")
    List<Long> contactsMetSince(LocalDateTime since);
}
