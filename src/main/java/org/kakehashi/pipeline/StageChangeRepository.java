package org.kakehashi.pipeline;

import java.time.Instant;
import java.util.List;
import org.kakehashi.security.AppUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @Query("select c from StageChange c join fetch c.changedBy where c.lead.id = :leadId order by c.changedAt, c.id")
    List<StageChange> findHistory(long leadId);

    /** Records a lead's move from one stage to its present one, closing the stage it left. */
    default void recordChange(Lead lead, LeadStage from, Instant at, AppUser by) {
        closeCurrent(lead.getId(), at);
        save(new StageChange(lead, from, lead.getStage(), at, by));
    }

    /** Closes the lead's present stage, before the change to its next one is recorded. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update StageChange c set c.leftAt = :at, c.version = c.version + 1
            where c.lead.id = :leadId and c.leftAt is null""")
    void closeCurrent(long leadId, Instant at);

    /**
     * The average time (seconds) leads stayed in each stage they went through, counting the present stays up to
     * now; every lead counts, confidential ones too.
     */
    @Query("""
            select new org.kakehashi.pipeline.StageChangeRepository$StageAverage(
                c.toStage, avg((coalesce(c.leftAt, :now) - c.changedAt) by second))
            from StageChange c group by c.toStage""")
    List<StageAverage> averageSecondsInStage(Instant now);

    /** The average stay in a stage, in seconds. */
    record StageAverage(LeadStage stage, Double seconds) {
    }

    /** The leads that entered the pipeline in a period. */
    @Query("""
            select count(distinct c.lead.id) from StageChange c
            where c.fromStage is null and c.changedAt >= :start and c.changedAt < :end""")
    long countEntered(Instant start, Instant end);

    /** Of the leads that entered the pipeline in a period, those that have reached a stage since. */
    @Query("""
            select count(distinct c.lead.id) from StageChange c
            where c.toStage = :stage and c.lead.id in (
                select e.lead.id from StageChange e
                where e.fromStage is null and e.changedAt >= :start and e.changedAt < :end)""")
    long countEnteredThatReached(Instant start, Instant end, LeadStage stage);
}
