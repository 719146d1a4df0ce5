package org.kakehashi.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.kakehashi.delegations.UpcomingDelegations;
import org.kakehashi.members.DuesTotal;
import org.kakehashi.members.MemberFigures;
import org.kakehashi.pipeline.DelegationOutcomeTotals;
import org.kakehashi.pipeline.PipelineFigures;

/** Everything the dashboard shows for a period, as of a day; each part was counted in the database. */
public record DashboardFigures(DashboardPeriod period, LocalDate asOf, MemberFigures members, List<DuesTotal> dues,
        UpcomingDelegations upcoming, PipelineFigures pipeline, Map<YearMonth, Long> activitiesPerMonth,
        List<DelegationOutcomeTotals> outcomes) {
}
