package org.kakehashi.pipeline;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long> {

    @Query("""
            select l from Lead l
            join fetch l.owner
            left join fetch l.referringPartner
            where l.id = :id""")
    Optional<Lead> findWithDetails(long id);

    /** What is stored of a lead before a form's change is saved over it. */
    @Query("select new org.kakehashi.pipeline.StoredLead(l.stage, l.owner.id, l.confidential) "
            + "from Lead l where l.id = :id")
    Optional<StoredLead> findStored(long id);
}
