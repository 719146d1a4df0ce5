package org.kakehashi.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: per account in the database (locked for a while after too many in a row, on every
 * instance), and per remote address in memory (refused for the rest of a window after too many), so that neither
 * one account nor one address can be used to guess passwords. Time comes from the Clock, so tests can move it.
 */
@Service
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final AppUserRepository users;
    private final Clock clock;
    private final AccountSecurityProperties properties;
    private final Map<String, AddressFailures> failuresByAddress = new ConcurrentHashMap<>();
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;
    private final Counter accountsLocked;
    private final Counter addressesRefused;

    LoginAttempts(AppUserRepository users, Clock clock, AccountSecurityProperties properties, MeterRegistry meters) {
        this.users = users;
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

    boolean isAddressRefused(String address) {
        if (address == null) {
            return false;
        }
        var failures = failuresByAddress.get(address);
        return failures != null && failures.isCurrent(clock.instant(), properties)
                && failures.count() >= properties.addressFailures();
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
            var now = clock.instant();
            if (failuresByAddress.size() > MAX_TRACKED_ADDRESSES) {
                failuresByAddress.values().removeIf(failures -> !failures.isCurrent(now, properties));
            }
            var failures = failuresByAddress.merge(address, new AddressFailures(now, 1),
                    (old, one) -> old.isCurrent(now, properties) ? old.plusOne() : one);
            if (failures.count() == properties.addressFailures()) {
                addressesRefused.increment();
                log.warn("Logins from {} refused until {} after {} failures", address,
                        failures.windowStart().plus(properties.addressWindow()), failures.count());
            }
        }
    }

    @Transactional
    void succeeded(long userId) {
        loginsSucceeded.increment();
        users.clearFailedLogins(userId);
    }

    private record AddressFailures(Instant windowStart, int count) {

        boolean isCurrent(Instant now, AccountSecurityProperties properties) {
            return now.isBefore(windowStart.plus(properties.addressWindow()));
        }

        AddressFailures plusOne() {
            return new AddressFailures(windowStart, count + 1);
        }
    }
}
