package org.kakehashi.delegations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    @Query("""
            select p from Participant p
            left join fetch p.contact c
            left join fetch c.organisation
            where p.delegation.id = :delegationId
            order by p.role, p.id""")
    List<Participant> findByDelegation(long delegationId);

    @Query("""
            select p from Participant p
            join fetch p.delegation d
            where p.contact.id = :contactId
            order by d.startDate, d.id""")
    List<Participant> findByContact(long contactId);

    @Query("select distinct p.contact.id from Participant p where p.contact is not null and p.delegation.endDate >= :since")
    List<Long> contactsTakingPartSince(LocalDate since);
}
