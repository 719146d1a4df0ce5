package org.kakehashi.pipeline;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * What the leads one delegation produced or advanced add up to, each once, confidential leads included.
 *
 * @param leads how many leads came from it or were met at one of its programme items
 * @param estimatedJobs the sum of their estimated jobs
 * @param investment the sum of their estimated investment per ISO 4217 currency, by currency code
 */
public record DelegationTotals(long leads, long estimatedJobs, SortedMap<String, BigDecimal> investment) {
}
