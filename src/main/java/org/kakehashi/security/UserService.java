package org.kakehashi.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.kakehashi.common.Translations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: the administrator's list, and what users change of their own account. */
@Service
@Transactional(readOnly = true)
// Every signed-in user, never an anonymous visitor (whom @PermitAll would let in)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class UserService {

    public static final int PASSWORD_MIN = PasswordPolicy.MIN;
    public static final int PASSWORD_MAX = PasswordPolicy.MAX;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AppUser> page(Pageable pageable) {
        return users.findAll(pageable);
    }

    /** The active users who hold a role, by name: the officers a lead can be given to, for instance. */
    public List<AppUser> activeUsersWithRole(String role) {
        return users.findActiveWithRole(role);
    }

    /** The account behind a chosen user, for another feature's service to set as an association. */
    public AppUser reference(UserRef user) {
        return user == null ? null : users.getReferenceById(user.id());
    }

    /** Keeps the chosen language on the user, so it follows them to their next login. */
    @Transactional
    public void changeOwnLocale(Locale locale) {
        var principal = currentUser.require();
        var supported = Translations.supported(locale);
        users.findById(principal.userId()).orElseThrow().setLocale(supported);
        replacePrincipal(principal.withLocale(supported));
    }

    /**
     * Sets a new password for the logged-in user after checking the current one.
     *
     * @throws PasswordChangeException with the i18n key of what is wrong; nothing is changed then
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var principal = currentUser.require();
        var user = users.findById(principal.userId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new PasswordChangeException("password.error.current-wrong");
        }
        checkPolicy(user.getUsername(), user.getDisplayName(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new PasswordChangeException("password.error.same-as-current");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        replacePrincipal(principal.withPasswordChanged());
    }

    static void checkPolicy(String username, String displayName, String password) {
        PasswordPolicy.check(username, displayName, password);
    }

    /** Keeps the login's authorities (roles and factors) and gives it the changed user. */
    static void replacePrincipal(AppUserPrincipal principal) {
        var context = SecurityContextHolder.getContext();
        var old = context.getAuthentication();
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, old.getAuthorities());
        updated.setDetails(old.getDetails());
        context.setAuthentication(updated);
    }

    /** A password change refused for a reason the user can fix; the message is an i18n key. */
    public static class PasswordChangeException extends RuntimeException {
        PasswordChangeException(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
