package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the application share one database: failures from an address counted on either instance
 * add up, and the refusal holds on both. Each instance is a LoginAttempts of its own on the same DataSource.
 */
abstract class AddressLockoutAcrossInstances {

    @Autowired
    private AppUserRepository users;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private MutableClock clock;

    @Autowired
    private AccountSecurityProperties properties;

    private LoginAttempts first;
    private LoginAttempts second;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        clock.set(AccountsTestContext.NOW);
        first = new LoginAttempts(users, jdbc, clock, properties, new SimpleMeterRegistry());
        second = new LoginAttempts(users, jdbc, clock, properties, new SimpleMeterRegistry());
    }

    @Test
    void failures_spread_over_two_instances_refuse_the_address_on_both_until_the_window_passes() {
        var address = "198.51.100.17";
        for (int i = 0; i < properties.addressFailures() - 1; i++) {
            (i % 2 == 0 ? first : second).failed(null, address);
        }
        assertThat(first.isAddressRefused(address)).isFalse();
        assertThat(second.isAddressRefused(address)).isFalse();

        second.failed(null, address);

        assertThat(first.isAddressRefused(address)).isTrue();
        assertThat(second.isAddressRefused(address)).isTrue();
        assertThat(new LoginAttempts(users, jdbc, clock, properties, new SimpleMeterRegistry()).isAddressRefused(address))
                .as("an instance started afterwards").isTrue();
        assertThat(first.isAddressRefused("198.51.100.18")).isFalse();

        clock.set(AccountsTestContext.NOW.plus(properties.addressWindow()));
        assertThat(first.isAddressRefused(address)).isFalse();
        assertThat(second.isAddressRefused(address)).isFalse();
    }

    @Test
    void a_failure_after_the_window_starts_a_new_count_and_the_clean_up_forgets_passed_windows() {
        var address = "198.51.100.30";
        for (int i = 0; i < properties.addressFailures(); i++) {
            first.failed(null, address);
        }
        clock.set(AccountsTestContext.NOW.plus(properties.addressWindow()).plus(Duration.ofMinutes(1)));

        second.failed(null, address);
        assertThat(first.isAddressRefused(address)).isFalse();
        assertThat(failuresOf(address)).isEqualTo(1);

        clock.set(clock.instant().plus(properties.addressWindow()));
        second.forgetPassedWindows();
        assertThat(jdbc.sql("select count(*) from login_failure_by_address where address = :address")
                .param("address", address).query(Integer.class).single()).isZero();
    }

    @Test
    void failures_counted_at_the_same_moment_on_both_instances_are_each_counted_once() throws Exception {
        var address = "198.51.100.44";
        try (var threads = Executors.newFixedThreadPool(8)) {
            var failures = IntStream.range(0, 40)
                    .mapToObj(i -> threads.submit(() -> (i % 2 == 0 ? first : second).failed(null, address)))
                    .toList();
            for (var failure : failures) {
                failure.get();
            }
        }
        assertThat(failuresOf(address)).isEqualTo(40);
    }

    private int failuresOf(String address) {
        return jdbc.sql("select failures from login_failure_by_address where address = :address")
                .param("address", address).query(Integer.class).single();
    }
}
