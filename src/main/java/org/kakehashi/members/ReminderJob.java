package org.kakehashi.members;

import org.kakehashi.security.SystemAccess;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, after the night's status refresh, writes the renewal and overdue-dues reminders that are due. */
@Component
class ReminderJob {

    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${kakehashi.members.reminders.cron:0 0 7 * * *}")
    void send() {
        SystemAccess.run(reminders::sendDueReminders);
    }
}
