package org.kakehashi.members;

/** Why a member is reminded: its renewal date comes near, or its dues have passed their due date unpaid. */
public enum ReminderKind {
    RENEWAL,
    OVERDUE;

    public String translationKey() {
        return "reminders.kind." + name();
    }
}
