package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The produced .ics files, read back with ical4j: every item must land on its instant in every calendar program. */
@SpringBootTest
@Transactional
@WithMockUser(roles = Roles.OFFICER)
class CalendarExportTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private CalendarService calendars;

    @Test
    void the_programme_file_puts_every_item_on_its_instant_in_its_own_zone_across_both_changes_of_summer_time()
            throws Exception {
        var year = delegations.save(Fixtures.delegation("Exchange year", DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka, Kobe", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
        var items = List.of(
                // Berlin: winter time until 29 March 2026, summer time until 25 October 2026
                Fixtures.item(year, "Kick-off; in Leipzig, with \"press\"",
                        LocalDateTime.of(2026, 3, 28, 10, 0), "Europe/Berlin"),
                Fixtures.item(year, "Departure", LocalDateTime.of(2026, 3, 30, 10, 0), "Europe/Berlin"),
                Fixtures.item(year, "Concert reception in Osaka", LocalDateTime.of(2026, 3, 30, 18, 0),
                        "Asia/Tokyo"),
                Fixtures.item(year, "Report to the council", LocalDateTime.of(2026, 10, 24, 9, 0),
                        "Europe/Berlin"),
                Fixtures.item(year, "Conference in Kobe", LocalDateTime.of(2026, 10, 26, 9, 0),
                        "Asia/Tokyo"),
                Fixtures.item(year, "Debrief in Lund", LocalDateTime.of(2026, 10, 26, 9, 0),
                        "Europe/Stockholm"),
                Fixtures.item(year, "一時間のずれ / the repeated hour", LocalDateTime.of(2026, 10, 25, 2, 30),
                        "Europe/Berlin"));
        items.forEach(delegations::saveItem);

        var ics = calendars.programme(year.getId());
        var calendar = new CalendarBuilder().build(new StringReader(ics));

        var events = calendar.<VEvent>getComponents(Component.VEVENT);
        assertThat(events).hasSize(items.size());
        var startBySummary = new HashMap<String, Instant>();
        for (var event : events) {
            startBySummary.put(event.getProperty(Property.SUMMARY).orElseThrow().getValue(),
                    instant(event, Property.DTSTART));
        }
        assertThat(startBySummary).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Kick-off; in Leipzig, with \"press\"", Instant.parse("2026-03-28T09:00:00Z"),
                "Departure", Instant.parse("2026-03-30T08:00:00Z"),
                "Concert reception in Osaka", Instant.parse("2026-03-30T09:00:00Z"),
                "Report to the council", Instant.parse("2026-10-24T07:00:00Z"),
                "Conference in Kobe", Instant.parse("2026-10-26T00:00:00Z"),
                "Debrief in Lund", Instant.parse("2026-10-26T08:00:00Z"),
                // an ambiguous wall-clock time takes the earlier offset, as java.time does
                "一時間のずれ / the repeated hour", Instant.parse("2026-10-25T00:30:00Z")));
        for (var event : events) {
            var summary = event.getProperty(Property.SUMMARY).orElseThrow().getValue();
            // two hours on the clock are three on the night the clocks go back
            var expected = summary.startsWith("一時間") ? Duration.ofHours(3) : Duration.ofHours(2);
            assertThat(Duration.between(instant(event, Property.DTSTART), instant(event, Property.DTEND)))
                    .as(summary).isEqualTo(expected);
        }
        assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:20260330T180000");
    }

    @Test
    void each_time_zone_block_of_the_file_itself_gives_the_offsets_of_java_s_rules() throws Exception {
        var year = delegations.save(Fixtures.delegation("Exchange year", DelegationDirection.OUTBOUND,
                "Leipzig", "Kobe", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
        var times = List.of(LocalDateTime.of(2026, 3, 28, 10, 0), LocalDateTime.of(2026, 3, 30, 10, 0),
                LocalDateTime.of(2026, 10, 24, 10, 0), LocalDateTime.of(2026, 10, 26, 10, 0));
        for (var zone : List.of("Europe/Berlin", "Europe/Stockholm", "Asia/Tokyo")) {
            for (var time : times) {
                delegations.saveItem(Fixtures.item(year, zone + " " + time, time, zone));
            }
        }

        var calendar = new CalendarBuilder().build(new StringReader(calendars.programme(year.getId())));

        var zones = new HashMap<String, TimeZone>();
        for (var definition : calendar.<VTimeZone>getComponents(Component.VTIMEZONE)) {
            zones.put(definition.getTimeZoneId().getValue(), new TimeZone(definition));
        }
        assertThat(zones).containsOnlyKeys("Europe/Berlin", "Europe/Stockholm", "Asia/Tokyo");
        for (var event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            var start = event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow();
            var zoneId = start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue();
            var summary = event.getProperty(Property.SUMMARY).orElseThrow().getValue();
            var local = LocalDateTime.parse(summary.substring(summary.indexOf(' ') + 1));
            var expected = local.atZone(java.time.ZoneId.of(zoneId)).toInstant();
            // the offset the file's own VTIMEZONE gives at that instant turns it back into the local time
            var offsetMillis = zones.get(zoneId).getOffset(expected.toEpochMilli());
            assertThat(LocalDateTime.ofInstant(expected, ZoneOffset.ofTotalSeconds(offsetMillis / 1000)))
                    .as(summary).isEqualTo(local);
        }
    }

    private static Instant instant(VEvent event, String name) {
        Temporal value = event.<DateProperty<?>>getProperty(name).orElseThrow().getDate();
        return switch (value) {
            case ZonedDateTime zoned -> zoned.toInstant();
            case Instant instant -> instant;
            default -> throw new AssertionError(name + " is not a date-time with a zone: " + value);
        };
    }
}
