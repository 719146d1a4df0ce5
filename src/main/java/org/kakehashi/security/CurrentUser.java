package org.kakehashi.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user, as views see it. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<AppUserPrincipal> get() {
        // Work done as the system (SystemAccess) has a plain name as its principal, and no user
        return authenticationContext.getAuthenticatedUser(Object.class)
                .filter(AppUserPrincipal.class::isInstance)
                .map(AppUserPrincipal.class::cast);
    }

    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    /** True between a right password and the one-time code of a user with two-factor login. */
    public boolean secondFactorPending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending;
    }

    public boolean hasRole(String role) {
        return authenticationContext.hasRole(role);
    }

    /** The page a user sees after login: BOARD the dashboard, SECRETARY the members, OFFICER the pipeline, ADMIN the users. */
    public Optional<String> landingRole() {
        return Roles.ALL.stream().filter(this::hasRole).findFirst();
    }

    public void logout() {
        authenticationContext.logout();
    }
}
