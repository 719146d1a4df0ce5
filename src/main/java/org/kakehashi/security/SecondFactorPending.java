package org.kakehashi.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A login whose password is right but whose one-time code is still to come. It grants no role, only the factor
 * it has, so every view and service that needs a role refuses it; the code page is all it may open.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    private final AppUserPrincipal principal;

    SecondFactorPending(AppUserPrincipal principal, Object details) {
        super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        this.principal = principal;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AppUserPrincipal getPrincipal() {
        return principal;
    }
}
