package org.kakehashi.pipeline;

import java.time.LocalDate;

/** A lead's next action with its due date, as set when an activity is recorded. */
public record NextStep(String action, LocalDate due) {
}
