package org.kakehashi.delegations;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    @Query(value = """
            select i from ProgrammeItem i
            join fetch i.delegation d
            where :text = '' or locate(lower(:text), lower(i.title)) > 0 or locate(lower(:text), lower(d.title)) > 0
            order by case when d.id = :firstOfDelegationId then 0 else 1 end, d.startDate desc, d.id, i.start, i.id""",
            countQuery = """
            select count(i) from ProgrammeItem i
            join i.delegation d
            where :text = '' or locate(lower(:text), lower(i.title)) > 0 or locate(lower(:text), lower(d.title)) > 0""")
    Page<ProgrammeItem> findByTitle(String text, long firstOfDelegationId, Pageable pageable);

    @Query("select i from ProgrammeItem i join fetch i.delegation where i.id in :ids")
    List<ProgrammeItem> findWithDelegation(Collection<Long> ids);

    /** Items whose local start lies in the range; callers widen it by a day for the zones. */
    @Query("""
            select i from ProgrammeItem i
            join fetch i.delegation
            where i.start < :to and i.end > :from""")
    List<ProgrammeItem> findBetween(LocalDateTime from, LocalDateTime to);
}
