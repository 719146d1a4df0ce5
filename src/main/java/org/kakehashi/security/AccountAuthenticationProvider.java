package org.kakehashi.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password step of the login. Spring's DaoAuthenticationProvider checks the password (and refuses a locked or
 * disabled account); around it this counts failures per account and per address, and hands a user with two-factor
 * login a {@link SecondFactorPending} instead of a full login. Every refusal reads "Bad credentials", so the login
 * page cannot tell whether an account exists, is locked or is disabled.
 *
 * Spring Security 7's own multi-factor support (required FactorGrantedAuthority per request) guards HTTP requests;
 * Vaadin's UI requests pass the HTTP rules as framework requests and views are checked by role, so the second step
 * is our own: the pending login simply holds no role.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    AccountAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            UserDetailsPasswordService passwordUpgrades, LoginAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(userDetailsService);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // A hash of an older scheme still matches, and is replaced by the current scheme's at that login
        this.passwords.setUserDetailsPasswordService(passwordUpgrades);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        var address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (attempts.isAddressRefused(address)) {
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = passwords.authenticate(login);
        } catch (BadCredentialsException e) {
            attempts.failed(login.getName(), address);
            throw e;
        } catch (AuthenticationException e) {
            attempts.failed(null, address);
            throw new BadCredentialsException("Bad credentials");
        }
        var principal = (AppUserPrincipal) result.getPrincipal();
        attempts.succeeded(principal.userId());
        if (principal.twoFactorEnabled()) {
            return new SecondFactorPending(principal, result.getDetails());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
