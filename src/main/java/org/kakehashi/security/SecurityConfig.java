package org.kakehashi.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.kakehashi.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Roles are checked twice: on each view by Vaadin's access control, and on each service method. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(AccountSecurityProperties.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AppUserRepository users, Clock clock,
            AccountSecurityProperties properties, RequestUtil vaadinRequests) throws Exception {
        // Our own stylesheets and images are public: the login page needs them before anyone logs in
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        // The load balancer's probes carry no login; they answer with the status alone (README, Health and metrics).
        // Every other management endpoint (the health details, Prometheus when switched on) is for ADMIN, and a
        // refusal there is a bare 401 or 403, not the login page: the callers are monitoring tools.
        var management = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                .requestMatchers(management).hasRole(Roles.ADMIN));
        http.exceptionHandling(refusals -> refusals
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), management)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), management));
        http.headers(SecurityHeaders.everywhere());
        // Vaadin's configurer exempts the login form's POST from the CSRF check, which let a hostile page log a
        // visitor's browser into another account. The form sends the token: only Vaadin's own requests, which carry
        // Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A login form older than its session (a restart, an anonymous session ended) has no valid token: it is
        // shown afresh instead of an error page
        var loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + LoginView.PATH);
        http.exceptionHandling(refusals -> refusals.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/" + LoginView.PATH),
                loginForm));
        // Before the login filter, so that the login request itself (which the login filter ends) starts the session clock
        http.addFilterBefore(new SessionGuard(users, clock, properties), UsernamePasswordAuthenticationFilter.class);
        // Vaadin's configurer denies a path it does not know, even to a signed-in user, who then saw the browser's
        // bare 403: signed in, it reaches Vaadin's router, whose access control still guards every route and whose
        // missing page says so in the user's language; a visitor not signed in is sent to the login as before.
        return http.with(VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * A request addressed to another host is refused (400) before any filter chain, so that no address built from
     * the Host header (a redirect) can point elsewhere; behind a proxy, the proxy pins the host (README).
     */
    @Bean
    WebSecurityCustomizer allowedHosts(AccountSecurityProperties properties) {
        var firewall = new StrictHttpFirewall();
        var hosts = properties.allowedHosts().stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
        if (!hosts.isEmpty()) {
            firewall.setAllowedHostnames(host -> hosts.stream().anyMatch(host::equalsIgnoreCase));
        }
        return web -> web.httpFirewall(firewall);
    }

    /** Hashes with bcrypt today; the {id} prefix lets a stronger scheme take over without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
