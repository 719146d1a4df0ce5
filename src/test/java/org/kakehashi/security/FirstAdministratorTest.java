package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A production database (demo data off) starts with one administrator and no demo account. */
@SpringBootTest(properties = "kakehashi.demo-data=false")
class FirstAdministratorTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("one-time password '([^']+)'");

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private InitialAccounts initialAccounts;

    @Test
    void an_empty_production_database_gets_only_an_administrator_who_must_change_the_password() {
        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(Roles.ADMIN);
            assertThat(admin.isMustChangePassword()).isTrue();
        });
    }

    @Test
    void the_one_time_password_is_printed_once_and_is_the_one_that_works() {
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        var logger = (Logger) LoggerFactory.getLogger(InitialAccounts.class);
        logger.addAppender(log);
        try {
            users.deleteAll();
            initialAccounts.run(null);
            initialAccounts.run(null);
        } finally {
            logger.detachAppender(log);
        }

        var printed = log.list.stream()
                .map(event -> PRINTED_PASSWORD.matcher(event.getFormattedMessage()))
                .filter(Matcher::find)
                .map(match -> match.group(1))
                .toList();
        assertThat(printed).as("the one-time password is printed once").hasSize(1);
        var admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(passwordEncoder.matches(printed.getFirst(), admin.getPasswordHash())).isTrue();
        assertThat(users.count()).isEqualTo(1);
    }
}
