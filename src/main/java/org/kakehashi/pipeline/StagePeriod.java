package org.kakehashi.pipeline;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time a lead spent in one stage.
 *
 * @param left when it left the stage, or null while it is still there (the duration then runs to now)
 */
public record StagePeriod(LeadStage stage, Instant entered, Instant left, Duration duration) {
}
