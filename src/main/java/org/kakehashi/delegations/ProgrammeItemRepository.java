package org.kakehashi.delegations;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeItemRepository extends JpaRepository<ProgrammeItem, Long> {

    @Query("""
            select i from ProgrammeItem i
            left join fetch i.counterpartOrganisation
            where i.delegation.id = :delegationId""")
    List<ProgrammeItem> findByDelegation(long delegationId);

    @Query("""
            select i from ProgrammeItem i
            join fetch i.delegation
            where i.delegation in :delegations""")
    List<ProgrammeItem> findByDelegations(Collection<Delegation> delegations);

    /** Items whose local start lies in the range; callers widen it by a day for the zones. */
    @Query("""
            select i from ProgrammeItem i
            join fetch i.delegation
            where i.start < :to and i.end > :from""")
    List<ProgrammeItem> findBetween(LocalDateTime from, LocalDateTime to);
}
