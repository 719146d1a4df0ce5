package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Failed logins lock an account for a while and slow an address down; the refusal never tells which. */
@SpringBootTest
@AccountsTestContext
class LoginLockoutTest {

    private static final String PASSWORD = "a long and private phrase";

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private MutableClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(AccountsTestContext.NOW);
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_with_the_same_message_as_an_unknown_user()
            throws Exception {
        createUser("locked-tester");
        for (int i = 0; i < 5; i++) {
            assertRefused("locked-tester", "not the password", "10.0.0.1");
        }

        assertRefused("locked-tester", PASSWORD, "10.0.0.2");
        assertThatThrownBy(() -> authenticate("nobody-by-this-name", PASSWORD, "10.0.0.2"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");
        clock.advance(Duration.ofMinutes(14));
        assertRefused("locked-tester", PASSWORD, "10.0.0.2");

        clock.advance(Duration.ofMinutes(1));
        assertThat(authenticate("locked-tester", PASSWORD, "10.0.0.2").isAuthenticated()).isTrue();
        assertThat(users.findByUsernameIgnoreCase("locked-tester").orElseThrow().getFailedLogins()).isZero();
    }

    @Test
    void four_wrong_passwords_and_a_right_one_start_the_count_again() throws Exception {
        createUser("forgetful-tester");
        for (int i = 0; i < 4; i++) {
            assertRefused("forgetful-tester", "not the password", "10.0.1.1");
        }
        authenticate("forgetful-tester", PASSWORD, "10.0.1.1");
        for (int i = 0; i < 4; i++) {
            assertRefused("forgetful-tester", "not the password", "10.0.1.1");
        }

        assertThat(authenticate("forgetful-tester", PASSWORD, "10.0.1.1").isAuthenticated()).isTrue();
    }

    @Test
    void an_address_with_twenty_failures_is_refused_for_fifteen_minutes_while_other_addresses_log_in() throws Exception {
        createUser("shared-office-tester");
        for (int i = 0; i < 20; i++) {
            assertRefused("guess-" + i, "guessed password", "192.0.2.66");
        }

        assertRefused("shared-office-tester", PASSWORD, "192.0.2.66");
        assertThat(authenticate("shared-office-tester", PASSWORD, "192.0.2.67").isAuthenticated()).isTrue();
        clock.advance(Duration.ofMinutes(15));
        assertThat(authenticate("shared-office-tester", PASSWORD, "192.0.2.66").isAuthenticated()).isTrue();
    }

    @Test
    void a_disabled_account_is_refused_with_the_same_message() throws Exception {
        var user = new AppUser("disabled-tester", "Test", passwordEncoder.encode(PASSWORD), Set.of(Roles.SECRETARY));
        user.setEnabled(false);
        users.save(user);

        assertRefused("disabled-tester", PASSWORD, "10.0.2.1");
    }

    @Test
    void the_logged_in_principal_keeps_no_password_hash() throws Exception {
        createUser("erased-tester");

        var login = authenticate("erased-tester", PASSWORD, "10.0.3.1");

        assertThat(login.getPrincipal()).isInstanceOf(CredentialsContainer.class);
        assertThat(((AppUserPrincipal) login.getPrincipal()).getPassword()).isNull();
        assertThat(login.getCredentials()).isNull();
    }

    private AppUser createUser(String username) {
        return users.save(new AppUser(username, "Test " + username, passwordEncoder.encode(PASSWORD),
                Set.of(Roles.SECRETARY)));
    }

    private void assertRefused(String username, String password, String address) {
        assertThatThrownBy(() -> authenticate(username, password, address))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    private Authentication authenticate(String username, String password, String address) throws Exception {
        var login = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        login.setDetails(new WebAuthenticationDetails(address, null));
        return authenticationConfiguration.getAuthenticationManager().authenticate(login);
    }
}
