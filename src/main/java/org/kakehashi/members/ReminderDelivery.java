package org.kakehashi.members;

/** What became of a reminder: mailed through the SMTP server, or kept in the outbox when there is none. */
public enum ReminderDelivery {
    SENT,
    OUTBOX;

    public String translationKey() {
        return "reminders.delivery." + name();
    }
}
