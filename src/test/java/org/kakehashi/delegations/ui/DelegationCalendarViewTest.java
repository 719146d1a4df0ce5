package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.delegations.ProgrammeItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DelegationCalendarViewTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private JdbcTemplate jdbc;

    private Delegation mission;

    @BeforeEach
    void planAMissionOverTheTurnOfTheMonth() {
        login("officer");
        Fixtures.deleteAllDelegations(jdbc);
        var delegation = DelegationListViewTest.delegation("Biotech mission to Kansai",
                DelegationDirection.OUTBOUND, "Leipzig", "Osaka, Kobe", LocalDate.of(2026, 1, 28),
                DelegationStatus.CONFIRMED);
        mission = delegations.save(delegation);
        var reception = new ProgrammeItem(mission);
        reception.setTitle("Concert reception");
        reception.setZoneId("Asia/Tokyo");
        reception.setStart(LocalDateTime.of(2026, 1, 29, 18, 0));
        reception.setEnd(LocalDateTime.of(2026, 1, 29, 21, 0));
        delegations.saveItem(reception);
        var dinner = new ProgrammeItem(mission);
        dinner.setTitle("Dinner in Leipzig");
        dinner.setZoneId("Europe/Berlin");
        dinner.setStart(LocalDateTime.of(2026, 2, 2, 18, 0));
        dinner.setEnd(LocalDateTime.of(2026, 2, 2, 21, 0));
        delegations.saveItem(dinner);
    }

    @Test
    void a_month_shows_each_delegation_on_its_days_and_its_items_with_their_local_time() {
        open("2026-01-15", "month");
        var view = _get(DelegationCalendarView.class);

        assertThat(view.heading.getText()).isEqualTo("January 2026");
        // Monday 29 December 2025 to Sunday 1 February 2026, weeks starting on Monday in (British) English
        assertThat(dayCells()).hasSize(35);
        assertThat(entries("calendar-delegation")).hasSize(5);
        assertThat(entries("calendar-item")).singleElement().extracting(Button::getText)
                .isEqualTo("18:00 JST (10:00 CET) Concert reception");
    }

    @Test
    void an_item_shows_its_zone_and_beside_it_our_time_where_that_differs() {
        open("2026-02-01", "month");

        // Osaka's evening is our morning; an evening in Leipzig is an evening in Stockholm too
        assertThat(entries("calendar-item")).extracting(Button::getText).containsExactly(
                "18:00 JST (10:00 CET) Concert reception", "18:00 CET Dinner in Leipzig");
    }

    @Test
    void next_and_previous_move_by_a_month_and_the_mission_continues_in_february() {
        open("2026-01-15", "month");
        var view = _get(DelegationCalendarView.class);

        _click(view.next);
        assertThat(_get(DelegationCalendarView.class).heading.getText()).isEqualTo("February 2026");
        // Monday 26 January to 1 March: the mission's days 28 January to 3 February
        assertThat(entries("calendar-delegation")).hasSize(7);

        _click(_get(DelegationCalendarView.class).previous);
        _click(_get(DelegationCalendarView.class).previous);
        assertThat(_get(DelegationCalendarView.class).heading.getText()).isEqualTo("December 2025");
        // December's grid ends on Sunday 4 January, before the mission
        assertThat(entries("calendar-delegation")).isEmpty();
    }

    @Test
    void a_week_shows_seven_days_and_today_goes_back_to_the_current_date() {
        open("2026-01-29", "week");
        var view = _get(DelegationCalendarView.class);

        assertThat(dayCells()).hasSize(7);
        assertThat(view.heading.getText()).startsWith("Week 5");
        // Monday 26 January to Sunday 1 February: the mission's days 28 January to 1 February
        assertThat(entries("calendar-delegation")).hasSize(5);

        _click(view.today);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("date")).hasValue(LocalDate.now().toString());
    }

    @Test
    void a_japanese_user_reads_the_month_and_the_weekdays_in_japanese() {
        UI.getCurrent().setLocale(java.util.Locale.JAPANESE);
        open("2026-01-15", "month");

        assertThat(_get(DelegationCalendarView.class).heading.getText()).isEqualTo("2026年1月");
        assertThat(_find(Div.class, spec -> spec.withClasses("calendar-weekday"))).first()
                .extracting(Div::getText).isEqualTo("日");
    }

    @Test
    void a_click_on_a_delegation_opens_it() {
        open("2026-01-29", "week");

        _click(entries("calendar-item").getFirst());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("delegations/" + mission.getId());
    }

    @Test
    void a_busy_day_of_the_month_shows_its_first_entries_and_the_rest_are_in_its_week() {
        // Six delegations of 12 to 18 May 2027, a month no other test looks at
        if (delegations.calendar(LocalDate.of(2027, 5, 12), LocalDate.of(2027, 5, 12)).delegations().isEmpty()) {
            for (int i = 1; i <= 6; i++) {
                delegations.save(DelegationListViewTest.delegation("Trade visit " + i, DelegationDirection.INBOUND,
                        "Lund", "Lund", LocalDate.of(2027, 5, 12), DelegationStatus.CONFIRMED));
            }
        }
        open("2027-05-01", "month");

        // Seven busy days, each with three of its delegations and a last line for the other three
        assertThat(entries("calendar-delegation")).hasSize(7 * (DelegationCalendarView.ENTRIES_PER_DAY - 1));
        var more = entries("calendar-more");
        assertThat(more).hasSize(7).allSatisfy(button -> assertThat(button.getText()).isEqualTo("+3 more"));

        _click(more.getFirst());
        assertThat(_get(DelegationCalendarView.class).heading.getText()).startsWith("Week 19");
        // Monday 10 to Sunday 16 May: the six delegations on each of the days 12 to 16, none left out
        assertThat(entries("calendar-delegation")).hasSize(5 * 6);
        assertThat(entries("calendar-more")).isEmpty();
    }

    @Test
    void the_feed_address_is_personal_and_renewing_it_changes_it() {
        open("2026-01-29", "week");
        var subscription = _get(DelegationCalendarView.class).subscription;

        subscription.setOpened(true);
        var address = subscription.address.getValue();
        assertThat(address).matches(".*/calendar-feed/[0-9a-f]{64}\\.ics");
        _click(subscription.renew);

        assertThat(subscription.address.getValue()).matches(".*/calendar-feed/[0-9a-f]{64}\\.ics")
                .isNotEqualTo(address);
    }

    private static void open(String date, String period) {
        UI.getCurrent().navigate("delegations/calendar", QueryParameters.simple(Map.of("date", date,
                "period", period)));
    }

    private static java.util.List<Div> dayCells() {
        return _find(Div.class, spec -> spec.withClasses("calendar-day"));
    }

    private static java.util.List<Button> entries(String className) {
        return _find(Button.class, spec -> spec.withClasses(className));
    }
}
