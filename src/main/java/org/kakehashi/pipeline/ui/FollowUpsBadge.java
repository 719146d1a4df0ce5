package org.kakehashi.pipeline.ui;

import org.kakehashi.common.ui.NavigationBadge;
import org.kakehashi.pipeline.LeadBoardService;
import org.springframework.stereotype.Component;

/** The number of the logged-in officer's overdue follow-ups and those due this week, beside "My follow-ups". */
@Component
class FollowUpsBadge implements NavigationBadge {

    private final LeadBoardService leads;

    FollowUpsBadge(LeadBoardService leads) {
        this.leads = leads;
    }

    @Override
    public String path() {
        return MyFollowUpsView.PATH;
    }

    @Override
    public long count() {
        return leads.myFollowUpCount();
    }
}
