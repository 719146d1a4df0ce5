package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The feed as a calendar program fetches it: over HTTP, without a login, by the secret in its address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithUserDetails("officer")
class CalendarFeedTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Autowired
    private DelegationService delegations;

    @Autowired
    private CalendarService calendars;

    @Autowired
    private CalendarFeedTokenRepository tokens;

    @Autowired
    private UserAdminService accounts;

    @Autowired
    private CurrentUser currentUser;

    @Autowired
    private UserDetailsService userDetails;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_feed_holds_the_confirmed_delegations_and_their_programmes_on_their_instants() throws Exception {
        var confirmed = Fixtures.delegation("Biotech mission to Kansai", DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka, Kobe", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 28));
        confirmed.setStatus(DelegationStatus.CONFIRMED);
        confirmed = delegations.save(confirmed);
        delegations.saveItem(Fixtures.item(confirmed, "Concert reception",
                LocalDateTime.of(2026, 10, 21, 18, 0), "Asia/Tokyo"));
        delegations.saveItem(Fixtures.item(confirmed, "Report home",
                LocalDateTime.of(2026, 10, 26, 9, 0), "Europe/Berlin"));
        var planned = delegations.save(Fixtures.delegation("Only an idea", DelegationDirection.INBOUND,
                "Lund", null, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3)));
        delegations.saveItem(Fixtures.item(planned, "Not in the feed",
                LocalDateTime.of(2026, 11, 2, 10, 0), "Europe/Stockholm"));

        var response = get(calendars.feedToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        var calendar = new CalendarBuilder().build(new StringReader(response.body()));
        var starts = new HashMap<String, Object>();
        for (var event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            var start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow().getDate();
            starts.put(event.getProperty(Property.SUMMARY).orElseThrow().getValue(),
                    start instanceof ZonedDateTime zoned ? zoned.toInstant() : start);
        }
        assertThat(starts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Biotech mission to Kansai", LocalDate.of(2026, 10, 20),
                "Concert reception", Instant.parse("2026-10-21T09:00:00Z"),
                "Report home", Instant.parse("2026-10-26T08:00:00Z")));
    }

    @Test
    void a_renewed_address_works_and_the_old_one_is_gone_without_revealing_anything() throws Exception {
        var old = calendars.feedToken();
        assertThat(calendars.feedToken()).isEqualTo(old);

        var renewed = calendars.renewFeedToken();

        assertThat(renewed).isNotEqualTo(old).hasSize(64);
        assertThat(get(renewed).statusCode()).isEqualTo(200);
        assertThat(get(old).statusCode()).isEqualTo(404);
        assertThat(get("not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void disabling_an_account_deletes_its_address_and_enabling_it_again_does_not_bring_it_back() throws Exception {
        var userId = newAccount("departed.officer");
        var address = calendars.feedToken();
        assertThat(get(address).statusCode()).isEqualTo(200);

        actAs("admin");
        accounts.disable(userId);

        assertThat(get(address).statusCode()).isEqualTo(404);
        assertThat(tokens.findByUserId(userId)).isEmpty();
        accounts.enable(userId);
        assertThat(get(address).statusCode()).as("the old address stays gone").isEqualTo(404);
        actAs("departed.officer");
        assertThat(calendars.feedToken()).isNotEqualTo(address);
    }

    @Test
    void the_address_of_a_disabled_account_is_refused_even_while_its_token_is_still_stored() throws Exception {
        var userId = newAccount("disabled.elsewhere");
        var address = calendars.feedToken();
        // Disabled in the database, as by an older release or by hand, without the deletion of its token
        jdbc.update("update app_user set enabled = false where id = ?", userId);

        assertThat(tokens.findByUserId(userId)).isPresent();
        assertThat(get(address).statusCode()).isEqualTo(404);
    }

    @Test
    void the_feed_carries_the_security_headers_of_every_response() throws Exception {
        var response = get(calendars.feedToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void only_a_get_of_a_token_address_is_the_feed_and_anything_else_under_it_is_not_found_with_the_usual_headers()
            throws Exception {
        var token = calendars.feedToken();
        var paths = List.of("x/y", "", "x", token, token + ".ics/x", "x/" + token + ".ics", token + ".ics.html",
                "VAADIN/build/x.js", "login");
        for (var path : paths) {
            var response = send("GET", "/calendar-feed/" + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("<html");
            assertSecurityHeaders(response);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        var noSlash = send("GET", "/calendar-feed");
        assertThat(noSlash.statusCode()).isEqualTo(404);
        assertSecurityHeaders(noSlash);
        for (var method : List.of("POST", "PUT", "DELETE", "HEAD")) {
            var response = send(method, "/calendar-feed/" + token + ".ics");
            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertSecurityHeaders(response);
        }
        assertThat(get(token).statusCode()).isEqualTo(200);
    }

    @Test
    void the_rest_of_the_application_still_asks_for_a_login() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/delegations"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 401);
    }

    /** Creates an account as the administrator and goes on as its user; returns its id. */
    private long newAccount(String username) {
        actAs("admin");
        var account = new NewAccount();
        account.setUsername(username);
        account.setDisplayName("Test " + username);
        account.setRoles(Set.of(Roles.OFFICER));
        accounts.create(account);
        actAs(username);
        return currentUser.require().userId();
    }

    private void actAs(String username) {
        var user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        var path = response.request().method() + " " + response.uri().getPath();
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token) throws Exception {
        var address = URI.create("http://localhost:" + port + "/calendar-feed/" + token + ".ics");
        var request = HttpRequest.newBuilder(address).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
