package org.kakehashi.pipeline;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

    @Query("select c from StageChange c join fetch c.changedBy where c.lead.id = :leadId order by c.changedAt, c.id")
    List<StageChange> findHistory(long leadId);

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
