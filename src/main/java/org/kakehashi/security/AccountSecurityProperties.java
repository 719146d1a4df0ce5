package org.kakehashi.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The login and session rules an installation may tune (kakehashi.security.*, see README).
 *
 * @param lockoutFailures failed logins in a row after which an account is locked
 * @param lockoutDuration how long the account then stays locked
 * @param addressFailures failed logins from one address within addressWindow after which that address is refused
 * @param addressWindow the window over which an address's failures are counted
 * @param sessionAbsoluteTimeout how long a login lasts at most, however busy the user is
 * @param anonymousSessionTimeout how long a session that has not logged in lasts without a request (the login
 *        gives it server.servlet.session.timeout); longer than Vaadin's heartbeat (5 minutes), which keeps an open
 *        login page's session
 * @param allowedHosts the host names a request may be addressed to (its Host header); empty: any
 * @param adminTwoFactorRequired whether ADMIN must log in with a one-time code; unset, it is required except in
 *        the demo mode, whose accounts share a published password anyway
 */
@ConfigurationProperties("kakehashi.security")
record AccountSecurityProperties(
        @DefaultValue("5") int lockoutFailures,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration addressWindow,
        @DefaultValue("12h") Duration sessionAbsoluteTimeout,
        @DefaultValue("6m") Duration anonymousSessionTimeout,
        @DefaultValue List<String> allowedHosts,
        Boolean adminTwoFactorRequired) {
}
