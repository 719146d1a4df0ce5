package org.kakehashi.members;

/** Where a membership stands, as {@link MembershipRules} derives it. */
public enum MembershipStatus {
    APPLICANT, ACTIVE, LAPSED, RESIGNED;

    public String translationKey() {
        return "membership.status." + name();
    }
}
