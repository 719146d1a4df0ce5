package org.kakehashi.members;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kakehashi.security.SystemAccess;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, brings the stored membership statuses in line with the rules as the date moves on. */
@Component
class MembershipStatusJob {

    private final MembershipService memberships;

    MembershipStatusJob(MembershipService memberships) {
        this.memberships = memberships;
    }

    // Once per night across instances: a refresh takes seconds to minutes, so an hour frees the lock of an instance
    // that died mid-run well before the next night; held at least five minutes, so an instance whose clock runs a
    // little behind does not start the same night's refresh again after the first has finished.
    @Scheduled(cron = "${kakehashi.members.status-refresh-cron:0 5 0 * * *}")
    @SchedulerLock(name = "membership-status-refresh", lockAtMostFor = "PT1H", lockAtLeastFor = "${kakehashi.jobs.lock-at-least-for:PT5M}")
    void refresh() {
        SystemAccess.run(memberships::refreshAllStatuses);
    }
}
