package org.kakehashi.members;

import org.kakehashi.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** {@link ScheduledJobLock} on PostgreSQL, under the same migrations as production. */
@PostgresTest
@TestPropertySource(properties = "kakehashi.jobs.lock-at-least-for=PT5M")
class ScheduledJobLockPostgresIT extends ScheduledJobLock {
}
