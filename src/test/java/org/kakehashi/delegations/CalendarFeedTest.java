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
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

/** The feed as a calendar program fetches it: over HTTP, without a login, by the secret in its address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithUserDetails("officer")
@TestPropertySource(properties = "kakehashi.demo-data.delegations=false")
class CalendarFeedTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    private int port;

    @Autowired
    private DelegationService delegations;

    @Autowired
    private CalendarService calendars;

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
    void the_rest_of_the_application_still_asks_for_a_login() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/delegations"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 401);
    }

    private HttpResponse<String> get(String token) throws Exception {
        var address = URI.create("http://localhost:" + port + "/calendar-feed/" + token + ".ics");
        var request = HttpRequest.newBuilder(address).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
