package org.kakehashi.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    @Query("select a from Activity a join fetch a.author where a.lead.id = :leadId order by a.date desc, a.id desc")
    List<Activity> findTimeline(long leadId);

    /** The activities of the days a viewer may see, with their lead and author: confidential leads only for theirs. */
    @Query(value = """
            select a from Activity a join fetch a.lead l join fetch l.owner o join fetch a.author
            where a.date between :from and :to
            and (l.confidential = false or o.id = :userId or :seesAllConfidential = true)""",
            countQuery = """
            select count(a) from Activity a join a.lead l join l.owner o
            where a.date between :from and :to
            and (l.confidential = false or o.id = :userId or :seesAllConfidential = true)""")
    Page<Activity> findOfDays(LocalDate from, LocalDate to, long userId, boolean seesAllConfidential,
            Pageable pageable);

    /** The activities of the days on confidential leads of others, which the dashboard counts. */
    @Query("""
            select count(a) from Activity a join a.lead l join l.owner o
            where a.date between :from and :to and l.confidential = true and o.id <> :userId""")
    long countOfDaysOnConfidentialLeadsOfOthers(LocalDate from, LocalDate to, long userId);
}
