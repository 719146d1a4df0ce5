package org.kakehashi.members;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link ScheduledJobLock} on the embedded H2. */
@SpringBootTest(properties = "kakehashi.jobs.lock-at-least-for=PT5M")
class ScheduledJobLockTest extends ScheduledJobLock {
}
