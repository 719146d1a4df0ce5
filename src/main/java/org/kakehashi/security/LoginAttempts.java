package org.kakehashi.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: per account (locked for a while after too many in a row) and per remote address (refused
 * for the rest of a window after too many), both in the database so that every instance sees them, and so that
 * neither one account nor one address can be used to guess passwords. Time comes from the Clock, so tests can move
 * it.
 */
@Service
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    /** The column's width: an IPv6 address with a zone fits; anything longer is cut, not refused. */
    private static final int ADDRESS_LENGTH = 64;

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountSecurityProperties properties;
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;
    private final Counter accountsLocked;
    private final Counter addressesRefused;

    LoginAttempts(AppUserRepository users, JdbcClient jdbc, Clock clock, AccountSecurityProperties properties,
            MeterRegistry meters) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.loginsSucceeded = counter(meters, "kakehashi.logins", "outcome", "success");
        this.loginsFailed = counter(meters, "kakehashi.logins", "outcome", "failure");
        this.accountsLocked = counter(meters, "kakehashi.lockouts", "of", "account");
        this.addressesRefused = counter(meters, "kakehashi.lockouts", "of", "address");
    }

    private static Counter counter(MeterRegistry meters, String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(meters);
    }

    @Transactional(readOnly = true)
    boolean isAddressRefused(String address) {
        if (address == null) {
            return false;
        }
        return jdbc.sql("""
                select failures from login_failure_by_address where address = :address and window_start > :cutoff""")
                .param("address", stored(address))
                .param("cutoff", utc(windowCutoff()))
                .query(Integer.class).optional()
                .filter(failures -> failures >= properties.addressFailures())
                .isPresent();
    }

    /** A wrong password or code for a username (null when none applies) from an address (null when unknown). */
    @Transactional
    void failed(String username, String address) {
        loginsFailed.increment();
        if (username != null && users.countFailedLogin(username.strip()) > 0) {
            var until = clock.instant().plus(properties.lockoutDuration());
            if (users.lockWhenOverLimit(username.strip(), properties.lockoutFailures(), until) > 0) {
                accountsLocked.increment();
                log.warn("Account '{}' locked until {} after {} failed logins", username.strip(), until,
                        properties.lockoutFailures());
            }
        }
        if (address != null) {
            countAddressFailure(stored(address));
        }
    }

    @Transactional
    void succeeded(long userId) {
        loginsSucceeded.increment();
        users.clearFailedLogins(userId);
    }

    /** Forgets the addresses whose window has passed, on one instance at a time. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failure-clean-up", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    @Transactional
    void forgetPassedWindows() {
        jdbc.sql("delete from login_failure_by_address where window_start <= :cutoff")
                .param("cutoff", utc(windowCutoff()))
                .update();
    }

    /**
     * One more failure, atomic on every instance without a lock of our own: the row is created if missing (a
     * concurrent creator wins quietly), then one update either counts into the current window or starts a new one;
     * the database's row lock orders concurrent updates.
     */
    private void countAddressFailure(String address) {
        var now = clock.instant();
        jdbc.sql("""
                insert into login_failure_by_address (address, window_start, failures) values (:address, :now, 0)
                on conflict do nothing""")
                .param("address", address)
                .param("now", utc(now))
                .update();
        jdbc.sql("""
                update login_failure_by_address
                set failures = case when window_start > :cutoff then failures + 1 else 1 end,
                    window_start = case when window_start > :cutoff then window_start else :now end
                where address = :address""")
                .param("address", address)
                .param("cutoff", utc(windowCutoff()))
                .param("now", utc(now))
                .update();
        var window = jdbc.sql("select window_start, failures from login_failure_by_address where address = :address")
                .param("address", address)
                .query((row, number) -> new AddressWindow(row.getObject(1, OffsetDateTime.class).toInstant(),
                        row.getInt(2)))
                .single();
        if (window.failures() == properties.addressFailures()) {
            addressesRefused.increment();
            log.warn("Logins from {} refused until {} after {} failures", address,
                    window.start().plus(properties.addressWindow()), window.failures());
        }
    }

    private Instant windowCutoff() {
        return clock.instant().minus(properties.addressWindow());
    }

    private static String stored(String address) {
        return address.length() > ADDRESS_LENGTH ? address.substring(0, ADDRESS_LENGTH) : address;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record AddressWindow(Instant start, int failures) {
    }
}
