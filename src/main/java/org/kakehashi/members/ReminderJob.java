package org.kakehashi.members;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

    // Once per morning across instances: writing and mailing the day's reminders takes minutes at most, so an hour
    // frees the lock of an instance that died mid-run; held at least five minutes against instances' clocks that
    // differ a little, so no second instance starts the same morning's run after the first.
    @Scheduled(cron = "${kakehashi.members.reminders.cron:0 0 7 * * *}")
    @SchedulerLock(name = "member-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "${kakehashi.jobs.lock-at-least-for:PT5M}")
    void send() {
        SystemAccess.run(reminders::sendDueReminders);
    }
}
