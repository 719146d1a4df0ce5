package org.kakehashi.pipeline;

/** The list filter on a lead's next action. */
public enum NextActionDue {
    /** Due before today. */
    OVERDUE,
    /** Overdue, or due by the end of this week (Sunday). */
    BY_END_OF_WEEK,
    /** No next action planned. */
    NONE_PLANNED
}
