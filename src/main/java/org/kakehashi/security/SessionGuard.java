package org.kakehashi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session at its next request when the account has been disabled or its roles changed since, or
 * when the login is older than the absolute timeout (12 hours by default) however active it was; the idle timeout is
 * the servlet container's (server.servlet.session.timeout). The request then goes on as anonymous, so a page is sent to the
 * login and a Vaadin request finds its session expired.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String LOGGED_IN_AT = SessionGuard.class.getName() + ".loggedInAt";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final AccountSecurityProperties properties;

    SessionGuard(AppUserRepository users, Clock clock, AccountSecurityProperties properties) {
        this.users = users;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && loggedInUser() instanceof AppUserPrincipal user) {
            var loggedInAt = session.getAttribute(LOGGED_IN_AT);
            if (loggedInAt instanceof Instant start
                    && !clock.instant().isBefore(start.plus(properties.sessionAbsoluteTimeout()))) {
                log.info("Session of '{}' ended: logged in at {}, longer ago than {}", user.username(), start,
                        properties.sessionAbsoluteTimeout());
                end(request);
            } else {
                var roles = users.findRolesOfEnabled(user.userId());
                if (roles.isEmpty()) {
                    log.info("Session of '{}' ended: the account is disabled", user.username());
                    end(request);
                } else if (!roles.equals(user.roles())) {
                    // A role taken away must not last until the session ends by itself
                    log.info("Session of '{}' ended: an administrator changed its roles", user.username());
                    end(request);
                }
            }
        }
        chain.doFilter(request, response);
        // The login request itself starts the clock (the session id has changed by now, the session is the same)
        var loggedInSession = request.getSession(false);
        if (loggedInSession != null && loggedInUser() != null && loggedInSession.getAttribute(LOGGED_IN_AT) == null) {
            loggedInSession.setAttribute(LOGGED_IN_AT, clock.instant());
            AnonymousSessions.loggedIn(loggedInSession);
        }
    }

    private static AppUserPrincipal loggedInUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal user ? user : null;
    }

    private static void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
