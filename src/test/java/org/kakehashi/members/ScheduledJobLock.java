package org.kakehashi.members;

import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A scheduled job runs once per schedule across instances: while another instance holds its ShedLock row the job,
 * called through its Spring proxy as the scheduler calls it, does nothing; once the lock is free it runs, and then
 * holds the lock for its lockAtLeastFor so an instance firing just after does nothing.
 */
abstract class ScheduledJobLock {

    private static final String LOCK = "membership-status-refresh";

    @Autowired
    private MembershipStatusJob job;

    @Autowired
    private JdbcClient jdbc;

    @MockitoBean
    private MembershipService memberships;

    @AfterEach
    void releaseTheLock() {
        jdbc.sql("delete from shedlock").update();
    }

    @Test
    void the_job_does_nothing_while_another_instance_holds_its_lock_and_runs_once_it_is_released() {
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (:name, timestamp '2999-01-01 00:00:00', timestamp '2026-01-01 00:00:00', 'another-instance')""")
                .param("name", LOCK).update();

        job.refresh();
        verify(memberships, never()).refreshAllStatuses();

        jdbc.sql("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = :name")
                .param("name", LOCK).update();
        job.refresh();
        verify(memberships, times(1)).refreshAllStatuses();

        clearInvocations(memberships);
        job.refresh();
        verify(memberships, never()).refreshAllStatuses();
    }
}
