package org.kakehashi.common;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@Configuration
@EnableScheduling
// a job that names no lockAtMostFor holds its lock for at most this long if its instance dies mid-run
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingDateTimeProvider")
class CommonConfig {

    /** "Today" everywhere comes from this clock, so tests can fix the date. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.systemDefault());
    }

    /**
     * Scheduled jobs marked @SchedulerLock run once per schedule across the instances sharing the database (table
     * shedlock, V18). Lock times come from the database's clock, so the instances' clocks need not agree.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
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
