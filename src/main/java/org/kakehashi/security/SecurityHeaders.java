package org.kakehashi.security;

import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every response carries, whichever filter chain answers it (the application's, the calendar feed's).
 * Spring's defaults stay (nosniff, X-Frame-Options DENY, HSTS on HTTPS requests, no caching). They are written
 * before the request goes on: Vaadin's pages are served through a forward, which bypasses the usual writing on
 * commit, and Vaadin then keeps an X-Frame-Options it finds instead of setting its own SAMEORIGIN.
 *
 * Caching: everything is no-store (pages, Vaadin's requests, downloads, the calendar feed), except the public files
 * of Vaadin's static file server, which says itself how long each may be kept: a year for a versioned address
 * (?v-c=), an hour for the others, revalidated in development. Written beside that, Spring's Pragma and Expires
 * contradicted it.
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

    /** Files the same for everyone, served by Vaadin's static file server; none of them personal. */
    private static final RequestMatcher PUBLIC_FILES = new OrRequestMatcher(Stream.of(
            "/VAADIN/build/**", "/VAADIN/static/**", "/lumo/**", "/aura/**", "/styles/**", "/images/**", "/sw.js")
            .<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
            .toList());

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> everywhere() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(PUBLIC_FILES),
                        new CacheControlHeadersWriter()))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
