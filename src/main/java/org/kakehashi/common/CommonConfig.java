package org.kakehashi.common;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration
@EnableScheduling
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingDateTimeProvider")
class CommonConfig {

    /** "Today" everywhere comes from this clock, so tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.systemDefault());
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    /** The logged-in user's name, or "system" for work done outside a login (start-up, scheduled jobs). */
    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return Optional.of("system");
            }
            return Optional.of(authentication.getName());
        };
    }
}
