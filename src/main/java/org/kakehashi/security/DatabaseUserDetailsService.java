package org.kakehashi.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(user -> AppUserPrincipal.of(user, user.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Called at a login whose hash is of an older scheme than the encoder's current one. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails principal, String newPasswordHash) {
        var user = users.findByUsernameIgnoreCase(principal.getUsername()).orElseThrow();
        user.setPasswordHash(newPasswordHash);
        return AppUserPrincipal.of(user, false);
    }
}
