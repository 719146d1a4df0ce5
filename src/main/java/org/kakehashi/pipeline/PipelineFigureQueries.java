package org.kakehashi.pipeline;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Repository;

/**
 * The board's pipeline figures, summed in the database over every lead (confidential ones too: only totals leave
 * here, never a lead). Each method is one statement.
 */
@Repository
class PipelineFigureQueries {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager entityManager;

    PipelineFigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Leads per stage, and the open ones' jobs and investment weighted by probability: one statement; the
     * establishments of the period (count and jobs, from {@link #establishedIn}) are passed through.
     */
    PipelineFigures stages(Established establishedInPeriod) {
        var rows = entityManager.createQuery("""
                select new org.kakehashi.pipeline.PipelineFigureQueries$StageTotals(l.stage, l.investment.currency,
                    count(l), sum(coalesce(l.estimatedJobs, 0) * l.probability),
                    sum(coalesce(l.investment.amount, 0) * l.probability))
                from Lead l group by l.stage, l.investment.currency""", StageTotals.class).getResultList();
        var byStage = new EnumMap<LeadStage, Long>(LeadStage.class);
        for (var stage : LeadStage.values()) {
            byStage.put(stage, 0L);
        }
        long weightedJobsTimesHundred = 0;
        SortedMap<String, BigDecimal> weightedInvestment = new TreeMap<>();
        for (var row : rows) {
            byStage.merge(row.stage(), row.leads(), Long::sum);
            if (row.stage().isOpen()) {
                weightedJobsTimesHundred += orZero(row.jobsTimesProbability());
                var investment = orZero(row.investmentTimesProbability());
                if (investment.signum() > 0) {
                    weightedInvestment.merge(row.currency(), investment, BigDecimal::add);
                }
            }
        }
        weightedInvestment.replaceAll((currency, amount) -> amount.divide(HUNDRED, 0, RoundingMode.HALF_UP));
        return new PipelineFigures(byStage, Math.round(weightedJobsTimesHundred / 100.0), weightedInvestment,
                establishedInPeriod.leads(), orZero(establishedInPeriod.jobs()));
    }

    /** The leads established now that entered the stage in the period, and their jobs: one statement. */
    Established establishedIn(Instant from, Instant until) {
        return entityManager.createQuery("""
                select new org.kakehashi.pipeline.PipelineFigureQueries$Established(
                    count(l), sum(coalesce(l.estimatedJobs, 0)))
                from Lead l
                where l.stage = org.kakehashi.pipeline.LeadStage.ESTABLISHED and exists (
                    select 1 from StageChange c where c.lead = l
                    and c.toStage = org.kakehashi.pipeline.LeadStage.ESTABLISHED
                    and c.changedAt >= :from and c.changedAt < :until)""", Established.class)
                .setParameter("from", from).setParameter("until", until).getSingleResult();
    }

    /** Activities per month from the first to the last day, every month present, in order: one statement. */
    Map<YearMonth, Long> activitiesPerMonth(LocalDate from, LocalDate to) {
        var months = new LinkedHashMap<YearMonth, Long>();
        for (var month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.put(month, 0L);
        }
        entityManager.createQuery("""
                select new org.kakehashi.pipeline.PipelineFigureQueries$MonthCount(
                    extract(year from a.date), extract(month from a.date), count(a))
                from Activity a
                where a.date between :from and :to
                group by extract(year from a.date), extract(month from a.date)""", MonthCount.class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> months.put(YearMonth.of(row.year(), row.month()), row.activities()));
        return months;
    }

    /**
     * The leads every delegation that started in the period produced or advanced (came from it, or were met at one
     * of its programme items: a lead may count for several delegations), per delegation: one statement (grouped per
     * delegation and currency, merged here), the delegations with the most leads first.
     */
    List<DelegationOutcomeTotals> outcomesByDelegation(LocalDate from, LocalDate to) {
        var rows = entityManager.createQuery("""
                select new org.kakehashi.pipeline.PipelineFigureQueries$DelegationCurrencyTotals(
                    d.id, d.title, d.startDate, l.investment.currency, count(l),
                    sum(case when l.stage in (org.kakehashi.pipeline.LeadStage.ESTABLISHED,
                        org.kakehashi.pipeline.LeadStage.LOST) then 0 else 1 end),
                    sum(case when l.stage = org.kakehashi.pipeline.LeadStage.ESTABLISHED then 1 else 0 end),
                    sum(coalesce(l.estimatedJobs, 0)), sum(coalesce(l.investment.amount, 0)))
                from Lead l join org.kakehashi.delegations.Delegation d on d.id = l.origin.delegationId
                    or l.id in (select m.id from Lead m join m.metAtProgrammeItemIds met, ProgrammeItem i
                        where i.id = met and i.delegation = d)
                where d.startDate between :from and :to
                group by d.id, d.title, d.startDate, l.investment.currency""", DelegationCurrencyTotals.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        var byDelegation = new LinkedHashMap<Long, DelegationOutcomeTotals>();
        for (var row : rows) {
            SortedMap<String, BigDecimal> investment = new TreeMap<>();
            if (orZero(row.investment()).signum() > 0) {
                investment.put(row.currency(), row.investment());
            }
            var part = new DelegationOutcomeTotals(row.delegationId(), row.title(), row.startDate(), row.leads(),
                    row.open(), row.established(), orZero(row.jobs()), investment);
            byDelegation.merge(row.delegationId(), part, PipelineFigureQueries::add);
        }
        var outcomes = new ArrayList<>(byDelegation.values());
        outcomes.sort(Comparator.comparingLong(DelegationOutcomeTotals::leads).reversed()
                .thenComparing(DelegationOutcomeTotals::startDate).thenComparing(DelegationOutcomeTotals::title));
        return outcomes;
    }

    private static DelegationOutcomeTotals add(DelegationOutcomeTotals a, DelegationOutcomeTotals b) {
        SortedMap<String, BigDecimal> investment = new TreeMap<>(a.investment());
        b.investment().forEach((currency, amount) -> investment.merge(currency, amount, BigDecimal::add));
        return new DelegationOutcomeTotals(a.delegationId(), a.title(), a.startDate(), a.leads() + b.leads(),
                a.open() + b.open(), a.established() + b.established(), a.estimatedJobs() + b.estimatedJobs(),
                investment);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** One stage's leads in one currency: their number, and jobs and investment each times the probability. */
    record StageTotals(LeadStage stage, String currency, long leads, Long jobsTimesProbability,
            BigDecimal investmentTimesProbability) {
    }

    /** The leads established in a period, and their estimated jobs. */
    record Established(long leads, Long jobs) {
    }

    record MonthCount(int year, int month, long activities) {
    }

    /** What one delegation's leads in one currency add up to. */
    record DelegationCurrencyTotals(long delegationId, String title, LocalDate startDate, String currency,
            long leads, long open, long established, Long jobs, BigDecimal investment) {
    }
}
