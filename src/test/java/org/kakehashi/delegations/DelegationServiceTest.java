package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@WithMockUser(roles = Roles.OFFICER)
class DelegationServiceTest {

    @Autowired
    private DelegationService service;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private JdbcTemplate jdbc;

    /** The tests read the whole calendar: it starts empty (the transaction puts the others' delegations back). */
    @BeforeEach
    void anEmptyCalendar() {
        Fixtures.deleteAllDelegations(jdbc);
    }

    @Test
    void an_officer_plans_a_delegation_and_finds_it_by_direction_status_year_and_city() {
        service.save(Fixtures.delegation("Biotech mission to Kansai", DelegationDirection.OUTBOUND, "Leipzig",
                "Osaka, Kobe, Toyohashi", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 2)));
        service.save(Fixtures.delegation("Platform talks in Södertälje", DelegationDirection.INBOUND, "Södertälje",
                null, LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 23)));

        assertThat(titles(new DelegationFilter(DelegationDirection.OUTBOUND, null, null, null)))
                .containsExactly("Biotech mission to Kansai");
        assertThat(titles(new DelegationFilter(null, DelegationStatus.PLANNED, 2026, null))).hasSize(2);
        assertThat(titles(new DelegationFilter(null, null, 2025, null))).isEmpty();
        assertThat(titles(new DelegationFilter(null, null, null, "kobe"))).containsExactly("Biotech mission to Kansai");
        assertThat(titles(new DelegationFilter(null, null, null, "Södertälje")))
                .containsExactly("Platform talks in Södertälje");
        assertThat(service.cities()).containsExactly("Kobe", "Leipzig", "Osaka", "Södertälje", "Toyohashi");
    }

    @Test
    void the_list_sorts_only_by_the_columns_it_offers() {
        assertThat(service.page(DelegationFilter.all(), PageRequest.of(0, 10, Sort.by("startDate")))).isEmpty();
        assertThatThrownBy(() -> service.page(DelegationFilter.all(), PageRequest.of(0, 10, Sort.by("notes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes");
    }

    @Test
    void a_delegation_that_ends_before_it_starts_is_refused() {
        var backwards = Fixtures.delegation("Backwards", DelegationDirection.INBOUND, "Lund", null,
                LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 9));

        assertThatThrownBy(() -> service.save(backwards)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("endOnOrAfterStart");
        assertThat(service.count(DelegationFilter.all())).isZero();
    }

    @Test
    void a_programme_item_outside_the_delegations_days_is_refused() {
        var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Osaka",
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));

        var tooLate = Fixtures.item(mission, "Farewell dinner", LocalDateTime.of(2026, 3, 28, 19, 0), "Asia/Tokyo");
        assertThatThrownBy(() -> service.saveItem(tooLate)).isInstanceOf(DelegationRuleException.class)
                .hasMessage("programme.outside-dates");
        var backwards = Fixtures.item(mission, "Backwards", LocalDateTime.of(2026, 3, 24, 19, 0), "Asia/Tokyo");
        backwards.setEnd(backwards.getStart().minusHours(1));
        assertThatThrownBy(() -> service.saveItem(backwards)).isInstanceOf(ConstraintViolationException.class);
        assertThat(service.programme(mission.getId())).isEmpty();
    }

    @Test
    void moving_a_delegations_dates_away_from_its_programme_is_refused() {
        var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Osaka",
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
        service.saveItem(Fixtures.item(mission, "Cluster visit", LocalDateTime.of(2026, 3, 26, 10, 0), "Asia/Tokyo"));

        entityManager.flush();
        entityManager.clear();
        var shortened = service.get(mission.getId()).orElseThrow();
        entityManager.detach(shortened);
        shortened.setEndDate(LocalDate.of(2026, 3, 25));
        assertThatThrownBy(() -> service.save(shortened)).isInstanceOf(DelegationRuleException.class)
                .hasMessage("delegation.items-outside-dates");
        entityManager.clear();
        assertThat(service.get(mission.getId()).orElseThrow().getEndDate()).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void programme_times_keep_their_instants_across_the_march_and_october_changes_to_summer_time() {
        var stay = service.save(Fixtures.delegation("A year in Lund", DelegationDirection.INBOUND, "Lund", null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)));
        // Sweden changes to summer time on 29 March 2026 and back on 25 October 2026; Japan never does
        var beforeMarch = service.saveItem(Fixtures.item(stay, "Before March", LocalDateTime.of(2026, 3, 28, 10, 0),
                "Europe/Stockholm"));
        var afterMarch = service.saveItem(Fixtures.item(stay, "After March", LocalDateTime.of(2026, 3, 30, 10, 0),
                "Europe/Stockholm"));
        var beforeOctober = service.saveItem(Fixtures.item(stay, "Before October",
                LocalDateTime.of(2026, 10, 24, 10, 0), "Europe/Stockholm"));
        var afterOctober = service.saveItem(Fixtures.item(stay, "After October", LocalDateTime.of(2026, 10, 26, 10, 0),
                "Europe/Stockholm"));

        var programme = service.programme(stay.getId());

        assertThat(programme).extracting(ProgrammeItem::getTitle)
                .containsExactly("Before March", "After March", "Before October", "After October");
        assertThat(programme).extracting(ProgrammeItem::getStartInstant).containsExactly(
                Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z"),
                Instant.parse("2026-10-24T08:00:00Z"), Instant.parse("2026-10-26T09:00:00Z"));
        var tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(programme).extracting(item -> item.getZonedStart().withZoneSameInstant(tokyo).toLocalTime()
                .toString()).containsExactly("18:00", "17:00", "17:00", "18:00");
        assertThat(beforeMarch.getId()).isNotEqualTo(afterMarch.getId());
        assertThat(beforeOctober.getId()).isNotEqualTo(afterOctober.getId());
    }

    @Test
    void a_change_of_the_servers_time_zone_does_not_move_a_stored_programme_item() {
        var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Osaka",
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 30)));
        var reception = service.saveItem(Fixtures.item(mission, "Concert reception",
                LocalDateTime.of(2026, 10, 25, 18, 0), "Asia/Tokyo"));
        entityManager.flush();
        var original = TimeZone.getDefault();
        try {
            for (var serverZone : new String[] {"America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
                entityManager.clear();
                var reloaded = entityManager.find(ProgrammeItem.class, reception.getId());
                assertThat(reloaded.getStart()).as("on a server in %s", serverZone)
                        .isEqualTo(LocalDateTime.of(2026, 10, 25, 18, 0));
                assertThat(reloaded.getStartInstant()).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
                assertThat(reloaded.getDelegation().getStartDate()).isEqualTo(LocalDate.of(2026, 10, 20));
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void the_database_holds_the_days_and_wall_clock_times_as_written_on_a_server_east_of_utc() {
        var original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig",
                    "Osaka", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
            service.saveItem(Fixtures.item(mission, "Breakfast briefing", LocalDateTime.of(2026, 3, 24, 7, 30),
                    "Asia/Tokyo"));
            entityManager.flush();

            assertThat(jdbc.queryForObject("select cast(start_date as varchar(10)) from delegation", String.class))
                    .isEqualTo("2026-03-23");
            assertThat(jdbc.queryForObject("select cast(start_local as varchar(30)) from programme_item",
                    String.class)).startsWith("2026-03-24 07:30");
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void overlapping_items_are_recognised_across_time_zones() {
        var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Osaka",
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12)));
        var inTokyo = Fixtures.item(mission, "Tokyo", LocalDateTime.of(2026, 1, 11, 18, 0), "Asia/Tokyo");
        var inBerlin = Fixtures.item(mission, "Berlin call", LocalDateTime.of(2026, 1, 11, 10, 30), "Europe/Berlin");
        var later = Fixtures.item(mission, "Later", LocalDateTime.of(2026, 1, 11, 20, 0), "Asia/Tokyo");

        assertThat(inTokyo.overlaps(inBerlin)).isTrue();
        assertThat(inTokyo.overlaps(later)).isFalse();
    }

    @Test
    void a_programme_item_changed_meanwhile_by_someone_else_is_not_overwritten() {
        var mission = service.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Osaka",
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 27)));
        var saved = service.saveItem(Fixtures.item(mission, "Cluster visit", LocalDateTime.of(2026, 3, 26, 10, 0),
                "Asia/Tokyo"));
        entityManager.flush();
        entityManager.clear();
        var theirs = service.programme(mission.getId()).getFirst();
        entityManager.clear();
        var mine = service.programme(mission.getId()).getFirst();
        entityManager.clear();

        theirs.setVenue("Theirs");
        service.saveItem(theirs);
        entityManager.flush();
        mine.setVenue("Mine");

        assertThatThrownBy(() -> {
            service.saveItem(mine);
            entityManager.flush();
        }).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(saved.getId()).isEqualTo(theirs.getId());
    }

    @Test
    @WithMockUser(roles = Roles.BOARD)
    void the_board_reads_the_calendar_but_may_not_change_it() {
        assertThat(service.count(DelegationFilter.all())).isZero();
        var delegation = Fixtures.delegation("Board's own", DelegationDirection.INBOUND, "Lund", null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));

        assertThatThrownBy(() -> service.save(delegation)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.SECRETARY)
    void the_secretary_plans_delegations_too() {
        var saved = service.save(Fixtures.delegation("Secretary's", DelegationDirection.INBOUND, "Lund", null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)));

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getCreatedBy()).isEqualTo("user");
    }

    @Test
    @WithMockUser(roles = "NOBODY")
    void a_user_without_a_role_of_the_calendar_reads_nothing() {
        assertThatThrownBy(() -> service.count(DelegationFilter.all()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private java.util.List<String> titles(DelegationFilter filter) {
        return service.page(filter, Pageable.ofSize(50)).map(Delegation::getTitle).getContent();
    }
}
