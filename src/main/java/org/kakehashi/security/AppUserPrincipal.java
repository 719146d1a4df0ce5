package org.kakehashi.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** What the security context keeps of a logged-in user. */
public record AppUserPrincipal(
        long userId,
        String username,
        String displayName,
        String password,
        boolean enabled,
        boolean mustChangePassword,
        Locale locale,
        Set<String> roles) implements UserDetails {

    static AppUserPrincipal of(AppUser user) {
        return new AppUserPrincipal(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getPasswordHash(), user.isEnabled(), user.isMustChangePassword(), user.getLocale(),
                user.getRoles());
    }

    AppUserPrincipal withPasswordChanged() {
        return new AppUserPrincipal(userId, username, displayName, null, enabled, false, locale, roles);
    }

    AppUserPrincipal withLocale(Locale newLocale) {
        return new AppUserPrincipal(userId, username, displayName, null, enabled, mustChangePassword, newLocale,
                roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
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
}
