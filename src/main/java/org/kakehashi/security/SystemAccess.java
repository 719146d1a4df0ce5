package org.kakehashi.security;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that the application does on its own, with no user logged in: loading demo data at start-up, scheduled
 * jobs. It passes the services' role checks as "system", and the audit columns say so.
 */
public final class SystemAccess {

    public static final String SYSTEM = "system";

    private SystemAccess() {
    }

    public static void run(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.copyOf(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
