package org.kakehashi.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the security context keeps of a logged-in user. The password hash is here only while the login checks it:
 * Spring Security erases it after authentication, so it never sits in the HTTP session.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    private final long userId;
    private final String username;
    private final String displayName;
    private String password;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final boolean mustChangePassword;
    private final boolean twoFactorEnabled;
    private final Locale locale;
    private final Set<String> roles;

    private AppUserPrincipal(long userId, String username, String displayName, String password, boolean enabled,
            boolean accountNonLocked, boolean mustChangePassword, boolean twoFactorEnabled, Locale locale,
            Set<String> roles) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.mustChangePassword = mustChangePassword;
        this.twoFactorEnabled = twoFactorEnabled;
        this.locale = locale;
        this.roles = Set.copyOf(roles);
    }

    static AppUserPrincipal of(AppUser user, boolean locked) {
        return new AppUserPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), !locked, user.isMustChangePassword(), user.isTwoFactorEnabled(), user.getLocale(),
                user.getRoles());
    }

    AppUserPrincipal withPasswordChanged() {
        return new AppUserPrincipal(userId, username, displayName, null, enabled, accountNonLocked, false,
                twoFactorEnabled, locale, roles);
    }

    AppUserPrincipal withLocale(Locale newLocale) {
        return new AppUserPrincipal(userId, username, displayName, null, enabled, accountNonLocked,
                mustChangePassword, twoFactorEnabled, newLocale, roles);
    }

    AppUserPrincipal withTwoFactor(boolean enrolled) {
        return new AppUserPrincipal(userId, username, displayName, null, enabled, accountNonLocked,
                mustChangePassword, enrolled, locale, roles);
    }

    public long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    public Locale locale() {
        return locale;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The role authorities; a full login adds the factors it was made with (see AccountAuthenticationProvider). */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserPrincipal that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + "]";
    }
}
