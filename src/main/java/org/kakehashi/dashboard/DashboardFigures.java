package org.kakehashi.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.kakehashi.delegations.UpcomingDelegations;
import org.kakehashi.members.DuesTotal;
import org.kakehashi.members.MemberFigures;
import org.kakehashi.pipeline.Conversion;
import org.kakehashi.pipeline.DelegationOutcomeTotals;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.PipelineFigures;

/**
 * Everything the dashboard shows for a period, as of a day; each part was counted in the database.
 *
 * @param conversion of the leads that entered the pipeline in the period, how many have been established since
 * @param timeInStage how long leads stay in each stage on average, over the whole stage history
 * @param countedAt when these figures were counted (they are reused for a while, see {@link DashboardService})
 */
public record DashboardFigures(DashboardPeriod period, LocalDate asOf, MemberFigures members, List<DuesTotal> dues,
        UpcomingDelegations upcoming, PipelineFigures pipeline, Map<YearMonth, Long> activitiesPerMonth,
        List<DelegationOutcomeTotals> outcomes, Conversion conversion, Map<LeadStage, Duration> timeInStage,
        ZonedDateTime countedAt) {
}
