package org.kakehashi.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * Every page load creates a session, and Vaadin keeps a UI in it: kept the full idle timeout, a flood of anonymous
 * requests would fill the heap for half an hour. So a session starts with kakehashi.security.anonymous-session-timeout,
 * and only the login gives it the full one (server.servlet.session.timeout).
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final AccountSecurityProperties properties;

    AnonymousSessions(AccountSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) properties.anonymousSessionTimeout().toSeconds());
    }

    static void loggedIn(HttpSession session) {
        session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
    }
}
