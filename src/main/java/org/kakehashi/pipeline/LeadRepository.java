package org.kakehashi.pipeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long> {

    /**
     * The leads a delegation produced or advanced, the link between the two modules: those that came from it and
     * those met at one of its programme items.
     */
    String OF_DELEGATION = """
            (l.origin.delegationId = :delegationId or l.id in (
                select m.id from Lead m join m.metAtProgrammeItemIds met, ProgrammeItem i
                where i.id = met and i.delegation.id = :delegationId))""";

    @Query("""
            select l from Lead l
            join fetch l.owner
            left join fetch l.referringPartner
            where l.id = :id""")
    Optional<Lead> findWithDetails(long id);

    /**
     * The leads a delegation produced or advanced that a viewer may see: confidential ones only for their owner or
     * an administrator.
     */
    @Query("""
            select l from Lead l
            join fetch l.owner o
            where """ + OF_DELEGATION + """
            and (l.confidential = false or o.id = :userId or :seesAllConfidential = true)
            order by l.companyName""")
    List<Lead> findFromDelegation(long delegationId, long userId, boolean seesAllConfidential);

    @Query("select count(l) from Lead l where " + OF_DELEGATION)
    long countFromDelegation(long delegationId);

    @Query("select sum(l.estimatedJobs) from Lead l where " + OF_DELEGATION)
    Long sumJobsFromDelegation(long delegationId);

    /** The estimated investment per currency, of the leads that have one. */
    @Query("""
            select new org.kakehashi.pipeline.CurrencySum(l.investment.currency, sum(l.investment.amount))
            from Lead l
            where """ + OF_DELEGATION + """
            and l.investment.amount is not null
            group by l.investment.currency""")
    List<CurrencySum> sumInvestmentFromDelegation(long delegationId);

    /** What is stored of a lead before a form's change is saved over it. */
    @Query("select new org.kakehashi.pipeline.StoredLead(l.stage, l.owner.id, l.confidential) "
            + "from Lead l where l.id = :id")
    Optional<StoredLead> findStored(long id);
}
