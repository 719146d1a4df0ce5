package org.kakehashi.delegations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar programs fetch the feed without a login: its own filter chain lets them in, without a session or
 * CSRF token, and only to the feed's address. Everything else stays behind the application's login.
 */
@Configuration
class CalendarFeedSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(CalendarFeedController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
