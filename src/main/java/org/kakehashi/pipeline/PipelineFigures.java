package org.kakehashi.pipeline;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

/**
 * The pipeline for the board, confidential leads included as they show no lead: totals only.
 *
 * @param byStage how many leads are in each stage now, every stage present
 * @param weightedJobs the open leads' estimated jobs, each weighted by its probability
 * @param weightedInvestment the open leads' estimated investment weighted by probability, per currency
 * @param established the leads established in the period (entered the stage then, and still there)
 * @param establishedJobs the estimated jobs of those leads
 */
public record PipelineFigures(Map<LeadStage, Long> byStage, long weightedJobs,
        SortedMap<String, BigDecimal> weightedInvestment, long established, long establishedJobs) {

    public long openLeads() {
        return byStage.entrySet().stream().filter(entry -> entry.getKey().isOpen())
                .mapToLong(Map.Entry::getValue).sum();
    }
}
