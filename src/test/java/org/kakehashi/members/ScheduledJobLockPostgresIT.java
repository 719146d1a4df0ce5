package org.kakehashi.members;

import org.kakehashi.PostgresTest;

/** {@link ScheduledJobLock} on PostgreSQL, under the same migrations as production. */
@PostgresTest
class ScheduledJobLockPostgresIT extends ScheduledJobLock {
}
