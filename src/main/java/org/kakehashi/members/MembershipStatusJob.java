package org.kakehashi.members;

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

    @Scheduled(cron = "${kakehashi.members.status-refresh-cron:0 5 0 * * *}")
    void refresh() {
        SystemAccess.run(memberships::refreshAllStatuses);
    }
}
