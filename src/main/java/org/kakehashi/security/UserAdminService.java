package org.kakehashi.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts: create, disable and enable, reset a password. A new or reset password is a
 * one-time password, returned to be shown once and never stored in clear; its user must change it at next login.
 */
@Service
@Transactional
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    UserAdminService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * @return the one-time password of the new account
     * @throws AccountException when the username is taken
     */
    @RolesAllowed(Roles.ADMIN)
    public String create(NewAccount account) {
        var username = account.getUsername().strip();
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new AccountException("accounts.error.username-taken");
        }
        var password = OneTimeSecrets.password();
        var user = new AppUser(username, account.getDisplayName().strip(), passwordEncoder.encode(password),
                Set.copyOf(account.getRoles()));
        user.setMustChangePassword(true);
        users.save(user);
        log.info("Account '{}' created by {}", username, currentUser.require().username());
        return password;
    }

    /**
     * A disabled user cannot log in, a session they still have ends at its next request (SessionGuard), and what
     * they held without a login goes with it ({@link AccountDisabled}: the calendar feed's address).
     */
    @RolesAllowed(Roles.ADMIN)
    public void disable(long userId) {
        if (userId == currentUser.require().userId()) {
            throw new AccountException("accounts.error.disable-self");
        }
        users.findById(userId).orElseThrow().setEnabled(false);
        events.publishEvent(new AccountDisabled(userId));
    }

    @RolesAllowed(Roles.ADMIN)
    public void enable(long userId) {
        var user = users.findById(userId).orElseThrow();
        user.setEnabled(true);
        user.unlock();
    }

    /** @return the new one-time password; the account is unlocked, and the user must choose a password at login */
    @RolesAllowed(Roles.ADMIN)
    public String resetPassword(long userId) {
        var user = users.findById(userId).orElseThrow();
        var password = OneTimeSecrets.password();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setMustChangePassword(true);
        user.unlock();
        log.info("Password of '{}' reset by {}", user.getUsername(), currentUser.require().username());
        return password;
    }

    /** An account change refused for a reason the administrator can see; the message is an i18n key. */
    public static class AccountException extends RuntimeException {
        AccountException(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
