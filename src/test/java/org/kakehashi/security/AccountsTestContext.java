package org.kakehashi.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The context of the account tests: a clock they move (lockout, codes, session age), and two-factor login required
 * for ADMIN as outside the demo mode, and the proxy's forwarded headers read as in production (SessionsAndHeadersTest).
 * One context for all of them, so it starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(AccountsTestContext.Clock.class)
@TestPropertySource(properties = {"kakehashi.security.admin-two-factor-required=true",
    "server.forward-headers-strategy=native"})
public @interface AccountsTestContext {

    Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @TestConfiguration
    class Clock {

        @Bean
        @Primary
        MutableClock accountsTestClock() {
            return new MutableClock(NOW);
        }
    }
}
