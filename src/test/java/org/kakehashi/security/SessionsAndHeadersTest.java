package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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

/**
 * Sessions and security headers over real HTTP, as a browser sees them (cookies by hand, no redirects followed).
 * Behind a proxy as in production: the X-Forwarded headers of a request from this machine are believed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AccountsTestContext
class SessionsAndHeadersTest {

    private static final String PASSWORD = "a long and private phrase";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern LOCAL_FILES = Pattern.compile("(?:src|href)=\"\\.?/?((?:VAADIN|lumo|styles)/[^\"]+)\"");

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
    void a_login_without_its_csrf_token_is_refused_from_another_site_and_from_this_one_and_the_form_shown_again()
            throws Exception {
        createUser("login-csrf-tester");
        var page = get("login", null);
        var session = sessionId(page);
        var credentials = Map.of("username", "login-csrf-tester", "password", PASSWORD);

        var fromElsewhere = post("login", null, credentials, "Origin", "https://evil.example");
        var withoutToken = post("login", session, credentials);
        var withWrongToken = post("login", session, Map.of("username", "login-csrf-tester", "password", PASSWORD,
                "_csrf", "not-the-token"));

        for (var refused : List.of(fromElsewhere, withoutToken, withWrongToken)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValue("/login");
            var after = sessionId(refused);
            assertThat(after == null || !isLoggedIn(after)).as("no session logged in").isTrue();
        }
        assertThat(isLoggedIn(session)).isFalse();
        assertThat(logIn("login-csrf-tester", session, csrf(page))).as("the form with its token logs in").isNotNull();
    }

    @Test
    void the_session_cookie_stays_on_this_site_and_is_secure_when_the_request_came_by_https() throws Exception {
        var plain = sessionCookie(get("login", null));
        var overHttps = sessionCookie(send(request("login", null).header("X-Forwarded-Proto", "https").GET()));

        assertThat(plain).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
        assertThat(overHttps).contains("SameSite=Lax", "HttpOnly", "Secure");
    }

    @Test
    void a_session_that_has_not_logged_in_is_kept_six_minutes_idle_and_the_login_gives_it_thirty() throws Exception {
        createUser("session-length-tester");
        var page = get("login", null);
        var anonymous = sessionId(page);

        assertThat(TomcatSessions.of(context).findSession(anonymous).getMaxInactiveInterval()).isEqualTo(6 * 60);

        var loggedIn = logIn("session-length-tester", anonymous, csrf(page));
        assertThat(TomcatSessions.of(context).findSession(loggedIn).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void a_request_to_another_host_is_refused_and_a_redirect_names_no_host() throws Exception {
        var elsewhere = rawGet("/members", "Host: evil.example");
        var forwardedElsewhere = rawGet("/members", "Host: localhost:" + port, "X-Forwarded-Host: evil.example");
        var here = rawGet("/members", "Host: localhost:" + port);

        assertThat(elsewhere).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Location:");
        assertThat(forwardedElsewhere).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Location:");
        assertThat(here).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login\r\n");
    }

    @Test
    void public_files_say_once_how_long_they_may_be_kept_and_every_page_is_no_store() throws Exception {
        createUser("caching-tester");
        var login = get("login", null);
        var session = logIn("caching-tester");
        var files = LOCAL_FILES.matcher(login.body()).results().map(match -> match.group(1)).toList();
        assertThat(files).anyMatch(file -> file.startsWith("VAADIN/build/")).anyMatch(file -> file.startsWith("styles/"));

        for (var file : files) {
            var response = get(file, null);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control")).as(file).hasSize(1)
                    .noneMatch(value -> value.contains("no-store"));
            assertThat(response.headers().firstValue("Pragma")).as(file).isEmpty();
            assertThat(response.headers().firstValue("Expires")).as(file).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(file).isPresent();
        }
        for (var page : List.of(login, get("members", session), get("members/privacy-review", session))) {
            assertThat(page.headers().firstValue("Cache-Control")).as(page.uri().toString())
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
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
    void a_session_of_a_user_whose_roles_an_administrator_changed_ends_at_its_next_request() throws Exception {
        var user = createUser("demoted-session-tester");
        var session = logIn("demoted-session-tester");
        assertThat(isLoggedIn(session)).isTrue();

        var stored = users.findById(user.getId()).orElseThrow();
        stored.setRoles(Set.of(Roles.BOARD));
        users.save(stored);

        assertThat(isLoggedIn(session)).isFalse();
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
        return send(request(path, session).GET());
    }

    private HttpResponse<String> post(String path, String session, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        var body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = request(path, session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path, String session) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET written by hand: Java's HTTP client does not let a request name another host. */
    private String rawGet(String path, String... headers) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            var request = "GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers)
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
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
