package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline's figures, as the dashboard and the line above the board show them: totals over every lead,
 * confidential ones too, never a lead itself. Each is counted in the database.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class PipelineFigureService {

    private final PipelineFigureQueries figures;
    private final LeadRepository leads;
    private final StageChangeRepository stageChanges;
    private final Clock clock;

    PipelineFigureService(PipelineFigureQueries figures, LeadRepository leads, StageChangeRepository stageChanges,
            Clock clock) {
        this.figures = figures;
        this.leads = leads;
        this.stageChanges = stageChanges;
        this.clock = clock;
    }

    /**
     * Leads per stage now, the weighted pipeline of the open leads, and the establishments from the first day to
     * the last (in the clock's zone): two statements.
     */
    public PipelineFigures pipelineFigures(LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        return figures.stages(figures.establishedIn(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Activities per month from the first day to the last, every month present and in order: one statement. */
    public Map<YearMonth, Long> activitiesPerMonth(LocalDate from, LocalDate to) {
        return figures.activitiesPerMonth(from, to);
    }

    /** What each delegation that started between the two days produced, the most leads first: one statement. */
    public List<DelegationOutcomeTotals> outcomesByDelegation(LocalDate from, LocalDate to) {
        return figures.outcomesByDelegation(from, to);
    }

    /**
     * The totals of every lead a delegation produced or advanced, each once, confidential ones included as they show
     * no lead: their number, their estimated jobs and, per currency, their estimated investment.
     */
    public DelegationTotals totalsOfDelegation(long delegationId) {
        var jobs = leads.sumJobsFromDelegation(delegationId);
        var investment = new TreeMap<String, BigDecimal>();
        for (var sum : leads.sumInvestmentFromDelegation(delegationId)) {
            investment.put(sum.currency(), sum.amount());
        }
        return new DelegationTotals(leads.countFromDelegation(delegationId), jobs == null ? 0 : jobs, investment);
    }

    /** Of the leads created from the first to the last day given, how many have been established since. */
    public Conversion conversionToEstablished(LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return new Conversion(stageChanges.countEntered(start, end),
                stageChanges.countEnteredThatReached(start, end, LeadStage.ESTABLISHED));
    }

    /**
     * How long leads stay in each stage on average, from the whole stage history up to now. An aggregate over
     * every lead, confidential ones too. Stages no lead has been in are left out.
     */
    public Map<LeadStage, Duration> averageTimeInStage() {
        var averages = new EnumMap<LeadStage, Duration>(LeadStage.class);
        for (var average : stageChanges.averageSecondsInStage(clock.instant())) {
            averages.put(average.stage(), Duration.ofSeconds(Math.round(average.seconds())));
        }
        return averages;
    }
}
