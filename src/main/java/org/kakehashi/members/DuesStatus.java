package org.kakehashi.members;

/** The current year's dues of a membership, as {@link MembershipRules} derives them. */
public enum DuesStatus {
    /** Paid in full for the current year. */
    PAID,
    /** Not yet paid, and the due date has not passed. */
    DUE,
    /** Not paid, and the due date has passed. */
    OVERDUE,
    /** Nothing to pay: the membership has ended. */
    NONE;

    public String translationKey() {
        return "dues.status." + name();
    }
}
