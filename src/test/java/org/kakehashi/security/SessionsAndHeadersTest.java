package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sessions and security headers over real HTTP, as a browser sees them (cookies by hand, no redirects followed). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AccountsTestContext
class SessionsAndHeadersTest {

    private static final String PASSWORD = "a long and private phrase";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private MutableClock clock;

    @Autowired
    private WebApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void resetClock() {
        clock.set(AccountsTestContext.NOW);
    }

    @Test
    void every_page_carries_the_security_headers_and_plain_http_gets_no_hsts() throws Exception {
        var response = get("login", null);

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void a_request_over_https_is_told_to_keep_to_https() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();

        var secure = mvc.perform(MockMvcRequestBuilders.get("/login").secure(true)).andReturn().getResponse();
        var plain = mvc.perform(MockMvcRequestBuilders.get("/login")).andReturn().getResponse();

        assertThat(secure.getHeader("Strict-Transport-Security")).startsWith("max-age=").contains("includeSubDomains");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_session_id_changes_at_login_and_the_old_one_does_not_log_in() throws Exception {
        createUser("session-tester");
        var before = get("login", null);
        var anonymousSession = sessionId(before);
        assertThat(anonymousSession).isNotNull();

        var loggedIn = logIn("session-tester", anonymousSession, csrf(before));

        assertThat(loggedIn).isNotNull().isNotEqualTo(anonymousSession);
        assertThat(isLoggedIn(loggedIn)).isTrue();
        assertThat(isLoggedIn(anonymousSession)).isFalse();
    }

    @Test
    void logout_ends_the_session_so_its_id_no_longer_logs_in() throws Exception {
        createUser("logout-tester");
        var session = logIn("logout-tester");
        var page = get("members", session);
        assertThat(page.statusCode()).isEqualTo(200);

        var logout = post("logout", session, Map.of("_csrf", csrf(page)));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(isLoggedIn(session)).isFalse();
    }

    @Test
    void a_session_of_a_user_who_is_disabled_ends_at_its_next_request() throws Exception {
        var user = createUser("disabled-session-tester");
        var session = logIn("disabled-session-tester");
        assertThat(isLoggedIn(session)).isTrue();

        setEnabled(user.getId(), false);

        assertThat(isLoggedIn(session)).isFalse();
        setEnabled(user.getId(), true);
        assertThat(isLoggedIn(session)).as("the ended session stays ended").isFalse();
    }

    @Test
    void a_session_ends_twelve_hours_after_the_login_however_busy_it_was() throws Exception {
        createUser("long-day-tester");
        var session = logIn("long-day-tester");
        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(isLoggedIn(session)).as("after %d hours", hour).isTrue();
        }
        clock.advance(Duration.ofMinutes(59));
        assertThat(isLoggedIn(session)).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(isLoggedIn(session)).isFalse();
    }

    /** As the administrator's list does it, in the database (this test has no administrator's session). */
    private void setEnabled(long userId, boolean enabled) {
        var user = users.findById(userId).orElseThrow();
        user.setEnabled(enabled);
        users.save(user);
    }

    private AppUser createUser(String username) {
        return users.save(new AppUser(username, "Test " + username, passwordEncoder.encode(PASSWORD),
                Set.of(Roles.SECRETARY)));
    }

    /** Logs in through the login form's POST; returns the session id the browser then holds. */
    private String logIn(String username) throws Exception {
        var page = get("login", null);
        return logIn(username, sessionId(page), csrf(page));
    }

    private String logIn(String username, String session, String csrf) throws Exception {
        var response = post("login", session, Map.of("username", username, "password", PASSWORD, "_csrf", csrf));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        var newSession = sessionId(response);
        return newSession != null ? newSession : session;
    }

    /** A logged-in session gets the members page; any other is sent to the login. */
    private boolean isLoggedIn(String session) throws Exception {
        var response = get("members", session);
        return response.statusCode() == 200;
    }

    private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form)
            throws IOException, InterruptedException {
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst().orElse(null);
    }

    private static String csrf(HttpResponse<String> page) {
        var match = CSRF.matcher(page.body());
        assertThat(match.find()).as("the page carries its CSRF token").isTrue();
        return match.group(1);
    }
}
