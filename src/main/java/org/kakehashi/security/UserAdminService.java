package org.kakehashi.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.TreeSet;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.common.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on accounts: create, change the name and roles, disable and enable, reset a password. A
 * new or reset password is a one-time password, returned to be shown once and never stored in clear; its user must
 * change it at next login. Each is kept in the account's history (who did what, when), and none leaves the
 * application without an enabled administrator.
 */
@Service
@Transactional
@RolesAllowed(Roles.ADMIN)
public class UserAdminService {

    static final String PASSWORD_RESET = "RESET";

    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    UserAdminService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
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
        users.saveAndFlush(user);
        record(user, Action.CREATE, "username", null, user.getUsername());
        record(user, Action.CREATE, "displayName", null, user.getDisplayName());
        record(user, Action.CREATE, "roles", null, roles(user.getRoles()));
        log.info("Account '{}' created by {}", username, currentUser.require().username());
        return password;
    }

    /**
     * Gives an account another name or other roles (its username stays); a user whose roles changed logs in again
     * at their next request (SessionGuard).
     *
     * @throws AccountException when it would take the ADMIN role from the administrator themselves, or from the
     *         last enabled administrator
     */
    @RolesAllowed(Roles.ADMIN)
    public void change(long userId, NewAccount account) {
        var user = users.findById(userId).orElseThrow();
        var roles = Set.copyOf(account.getRoles());
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs a role");
        }
        boolean losesAdmin = user.getRoles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN);
        if (losesAdmin && userId == currentUser.require().userId()) {
            throw new AccountException("accounts.error.own-admin-role");
        }
        if (losesAdmin && user.isEnabled()) {
            requireAnotherEnabledAdministrator(userId);
        }
        var displayName = account.getDisplayName().strip();
        if (!displayName.equals(user.getDisplayName())) {
            record(user, Action.UPDATE, "displayName", user.getDisplayName(), displayName);
            user.setDisplayName(displayName);
        }
        if (!roles.equals(user.getRoles())) {
            record(user, Action.UPDATE, "roles", roles(user.getRoles()), roles(roles));
            user.setRoles(roles);
        }
        log.info("Account '{}' changed by {}: roles {}", user.getUsername(), currentUser.require().username(),
                roles(roles));
    }

    /**
     * A disabled user cannot log in, a session they still have ends at its next request (SessionGuard), and what
     * they held without a login goes with it ({@link AccountDisabled}: the calendar feed's address).
     *
     * @throws AccountException for the administrator's own account, or the last enabled administrator
     */
    @RolesAllowed(Roles.ADMIN)
    public void disable(long userId) {
        if (userId == currentUser.require().userId()) {
            throw new AccountException("accounts.error.disable-self");
        }
        var user = users.findById(userId).orElseThrow();
        if (!user.isEnabled()) {
            return;
        }
        if (user.getRoles().contains(Roles.ADMIN)) {
            requireAnotherEnabledAdministrator(userId);
        }
        user.setEnabled(false);
        record(user, Action.UPDATE, "enabled", "true", "false");
        events.publishEvent(new AccountDisabled(userId));
    }

    @RolesAllowed(Roles.ADMIN)
    public void enable(long userId) {
        var user = users.findById(userId).orElseThrow();
        if (!user.isEnabled()) {
            record(user, Action.UPDATE, "enabled", "false", "true");
        }
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
        record(user, Action.UPDATE, "password", null, PASSWORD_RESET);
        log.info("Password of '{}' reset by {}", user.getUsername(), currentUser.require().username());
        return password;
    }

    /** What was done to the account by administrators, newest first. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Page<AuditEntry> history(long userId, Pageable pageable) {
        return auditTrail.of(AppUser.class, userId, pageable);
    }

    private void requireAnotherEnabledAdministrator(long userId) {
        // The administrators' rows stay locked to the end of the transaction, so two administrators taking the role
        // from each other at the same moment cannot both succeed
        var others = users.lockAdministrators().stream()
                .filter(admin -> admin.getId() != userId && admin.isEnabled())
                .count();
        if (others == 0) {
            throw new AccountException("accounts.error.last-administrator");
        }
    }

    private void record(AppUser user, Action action, String field, String oldValue, String newValue) {
        auditTrail.record(AppUser.class, user.getId(), action, field, oldValue, newValue);
    }

    private static String roles(Set<String> roles) {
        return String.join(", ", new TreeSet<>(roles));
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
