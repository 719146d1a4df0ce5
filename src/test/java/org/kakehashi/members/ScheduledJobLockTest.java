package org.kakehashi.members;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link ScheduledJobLock} on the embedded H2. */
@SpringBootTest
class ScheduledJobLockTest extends ScheduledJobLock {
}
