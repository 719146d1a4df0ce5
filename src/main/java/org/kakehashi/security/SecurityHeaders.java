package org.kakehashi.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, whichever filter chain answers it (the application's, the calendar feed's).
 * Spring's defaults stay (nosniff, X-Frame-Options DENY, HSTS on HTTPS requests, no caching). They are written
 * before the request goes on: Vaadin's pages are served through a forward, which bypasses the usual writing on
 * commit, and Vaadin then keeps an X-Frame-Options it finds instead of setting its own SAMEORIGIN.
 */
public final class SecurityHeaders {

    /**
     * As strict as Vaadin allows: its bootstrap needs inline scripts and eval, and its components inline styles
     * (vaadin.com/docs "Content Security Policy"); everything else comes from this server only. The QR code of the
     * two-factor enrolment is a data: image.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
