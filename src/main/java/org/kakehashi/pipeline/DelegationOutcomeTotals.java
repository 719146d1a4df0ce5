package org.kakehashi.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * What one delegation produced or advanced in the pipeline (the leads from it and those met at its programme
 * items), confidential leads included as totals.
 *
 * @param open the leads still being worked on
 * @param established the leads that established themselves
 * @param investment the estimated investment of all its leads per currency
 */
public record DelegationOutcomeTotals(long delegationId, String title, LocalDate startDate, long leads, long open,
        long established, long estimatedJobs, SortedMap<String, BigDecimal> investment) {
}
