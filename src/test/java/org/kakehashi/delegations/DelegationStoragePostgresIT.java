package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@PostgresTest
@WithMockUser(roles = Roles.OFFICER)
class DelegationStoragePostgresIT {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private CalendarService calendars;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void a_programme_keeps_its_local_times_and_instants_on_postgresql_whatever_the_servers_zone() throws Exception {
        var writingZone = TimeZone.getDefault();
        Delegation mission;
        try {
            // written by a server in Japan, read below by one in the Pacific
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            mission = delegations.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND,
                    "Leipzig", "Osaka, Kobe", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 31)));
            delegations.saveItem(Fixtures.item(mission, "Before the change",
                    LocalDateTime.of(2026, 3, 28, 10, 0), "Europe/Berlin"));
            delegations.saveItem(Fixtures.item(mission, "After the change",
                    LocalDateTime.of(2026, 3, 30, 10, 0), "Europe/Berlin"));
            delegations.saveItem(Fixtures.item(mission, "Reception in Osaka",
                    LocalDateTime.of(2026, 3, 30, 18, 0), "Asia/Tokyo"));
        } finally {
            TimeZone.setDefault(writingZone);
        }

        assertThat(jdbc.queryForObject("select start_date::text from delegation where id = ?", String.class,
                mission.getId())).isEqualTo("2026-03-27");
        assertThat(jdbc.queryForList("select start_local::text from programme_item where delegation_id = ?"
                + " order by start_local", String.class, mission.getId()))
                .containsExactly("2026-03-28 10:00:00", "2026-03-30 10:00:00", "2026-03-30 18:00:00");
        var original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(delegations.get(mission.getId()).orElseThrow().getStartDate())
                    .isEqualTo(LocalDate.of(2026, 3, 27));
            assertThat(delegations.programme(mission.getId())).extracting(ProgrammeItem::getStartInstant)
                    .containsExactly(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z"),
                            Instant.parse("2026-03-30T09:00:00Z"));
        } finally {
            TimeZone.setDefault(original);
        }
        var calendar = new CalendarBuilder().build(new StringReader(calendars.programme(mission.getId())));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event -> ((ZonedDateTime) event
                .<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow().getDate()).toInstant())
                .containsExactlyInAnyOrder(Instant.parse("2026-03-28T09:00:00Z"),
                        Instant.parse("2026-03-30T08:00:00Z"), Instant.parse("2026-03-30T09:00:00Z"));
    }

    @Test
    void the_filtered_sorted_list_and_a_conflicting_change_work_on_postgresql() {
        var mission = delegations.save(Fixtures.delegation("Mission to Toyohashi",
                DelegationDirection.OUTBOUND, "Leipzig", "Osaka, Toyohashi", LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 5)));

        var found = delegations.page(new DelegationFilter(DelegationDirection.OUTBOUND, DelegationStatus.PLANNED,
                2027, "toyohashi"), PageRequest.of(0, 10, Sort.by("startDate", "title")));
        assertThat(found.getContent()).extracting(Delegation::getTitle).containsExactly("Mission to Toyohashi");
        assertThat(delegations.cities()).contains("Toyohashi", "Osaka", "Leipzig");

        var mine = delegations.get(mission.getId()).orElseThrow();
        var theirs = delegations.get(mission.getId()).orElseThrow();
        theirs.setNotes("Theirs");
        delegations.save(theirs);
        mine.setNotes("Mine");
        assertThatThrownBy(() -> delegations.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(delegations.get(mission.getId()).orElseThrow().getNotes()).isEqualTo("Theirs");
    }
}
