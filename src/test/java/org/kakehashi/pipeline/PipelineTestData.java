package org.kakehashi.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.AppUserPrincipal;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users, leads and a movable clock for the pipeline's tests; imported with {@link Config}. */

public class PipelineTestData {

    /** Monday 2026-03-16, 09:00 UTC: "this week" runs to Sunday the 22nd. */
    public static final Instant NOW = Instant.parse("2026-03-16T09:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-03-16");

    private final JdbcTemplate jdbc;
    private final UserDetailsService userDetailsService;
    private final UserService userService;
    private final MutableClock clock;

    PipelineTestData(JdbcTemplate jdbc, UserDetailsService userDetailsService, UserService userService,
            MutableClock clock) {
        this.jdbc = jdbc;
        this.userDetailsService = userDetailsService;
        this.userService = userService;
        this.clock = clock;
    }

    /** An empty pipeline, the clock at {@link #NOW}, and besides any demo accounts an officer2 and a board2. */
    public void reset() {
        clock.set(NOW);
        jdbc.update("delete from activity");
        jdbc.update("delete from lead_stage_change");
        jdbc.update("delete from saved_lead_filter");
        jdbc.update("delete from lead");
        createUser(90001, "officer2", "Mika Tanaka", Roles.OFFICER);
        createUser(90002, "board2", "Lars Holm", Roles.BOARD);
    }

    private void createUser(long id, String username, String displayName, String role) {
        var exists = jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username);
        if (exists == 0) {
            jdbc.update("""
                    insert into app_user (id, version, username, display_name, password_hash, enabled,
                        must_change_password, locale) values (?, 0, ?, ?, '{noop}x', true, false, 'en')""",
                    id, username, displayName);
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
        }
    }

    public MutableClock clock() {
        return clock;
    }

    /** Sets the security context as a login would, for service tests. */
    public AppUserPrincipal loginAs(String username) {
        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    public AppUser user(String username) {
        return Roles.ALL.stream()
                .flatMap(role -> userService.activeUsersWithRole(role).stream())
                .filter(user -> user.getUsername().equals(username))
                .findFirst().orElseThrow();
    }

    public static Lead lead(String companyName, AppUser owner) {
        var lead = new Lead();
        lead.setCompanyName(companyName);
        lead.setOwner(owner);
        lead.setCountry("JP");
        lead.setSector("Life science");
        return lead;
    }

    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        PipelineTestData pipelineTestData(JdbcTemplate jdbc, UserDetailsService userDetailsService,
                UserService userService, MutableClock clock) {
            return new PipelineTestData(jdbc, userDetailsService, userService, clock);
        }
    }
}
