package org.kakehashi.pipeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    @Query("select a from Activity a join fetch a.author where a.lead.id = :leadId order by a.date desc, a.id desc")
    List<Activity> findTimeline(long leadId);
}
