package org.kakehashi.delegations;

import org.kakehashi.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Calendar programs fetch the feed without a login: its own filter chain lets them in, without a session or
 * CSRF token, with the headers of every other response, and only to GET /calendar-feed/{token}.ics. Anything else
 * under /calendar-feed/ is answered 404 here, so it never reaches the application's pages without its login.
 */
@Configuration
class CalendarFeedSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        var feed = PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.GET, CalendarFeedController.PATH + "*.ics");
        var notFound = new HttpStatusEntryPoint(HttpStatus.NOT_FOUND);
        return http.securityMatcher(CalendarFeedController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(feed).permitAll().anyRequest().denyAll())
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(notFound)
                        .accessDeniedHandler((request, response, denied) -> notFound.commence(request, response, null)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.everywhere())
                .build();
    }
}
