package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.delegations.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DelegationListViewTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void planTwoDelegations() {
        login("officer");
        Fixtures.deleteAllDelegations(jdbc);
        delegations.save(delegation("Biotech mission to Kansai", DelegationDirection.OUTBOUND, "Leipzig",
                "Osaka, Kobe, Toyohashi", LocalDate.of(2026, 3, 23), DelegationStatus.CONFIRMED));
        delegations.save(delegation("Platform talks in Södertälje", DelegationDirection.INBOUND, "Södertälje",
                "Tokyo", LocalDate.of(2026, 1, 19), DelegationStatus.COMPLETED));
        delegations.save(delegation("Mayor's return visit", DelegationDirection.INBOUND, "Leipzig",
                "Toyohashi", LocalDate.of(2025, 6, 24), DelegationStatus.COMPLETED));
    }

    @Test
    void the_list_shows_every_delegation_newest_first_and_narrows_by_each_filter() {
        UI.getCurrent().navigate(DelegationListView.class);
        var view = _get(DelegationListView.class);

        assertThat(titles(view)).containsExactly("Biotech mission to Kansai", "Platform talks in Södertälje",
                "Mayor's return visit");
        assertThat(GridKt._getFormatted(view.grid, 0, "startDate")).isEqualTo("23 Mar 2026");
        assertThat(GridKt._getFormatted(view.grid, 0, "direction")).isEqualTo("Outbound");

        userSets(view.direction, DelegationDirection.INBOUND);
        assertThat(titles(view)).containsExactly("Platform talks in Södertälje", "Mayor's return visit");

        userSets(view.year, 2026);
        assertThat(titles(view)).containsExactly("Platform talks in Södertälje");

        userSets(view.direction, null);
        userSets(view.status, DelegationStatus.CONFIRMED);
        assertThat(titles(view)).containsExactly("Biotech mission to Kansai");

        userSets(view.status, null);
        userSets(view.year, null);
        userSets(view.city, "Toyohashi");
        assertThat(titles(view)).containsExactly("Biotech mission to Kansai", "Mayor's return visit");
    }

    @Test
    void the_board_reads_the_list_without_the_new_delegation_button() {
        login("board");
        UI.getCurrent().navigate(DelegationListView.class);
        var view = _get(DelegationListView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    void a_planner_sees_the_new_delegation_button_and_it_opens_an_empty_form() {
        UI.getCurrent().navigate(DelegationListView.class);
        var view = _get(DelegationListView.class);

        assertThat(view.add.isVisible()).isTrue();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(view.add);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("delegations/new");
        assertThat(_get(DelegationView.class).form.title.getValue()).isEmpty();
    }

    @Test
    void the_board_cannot_open_a_new_delegation_form() {
        login("board");
        UI.getCurrent().navigate("delegations/new");

        assertThat(_get(DelegationView.class).form).isNull();
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_sent_away() {
        logout();
        try {
            UI.getCurrent().navigate(DelegationListView.class);
        } catch (MockAccessDeniedException expected) {
            return;
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    private static java.util.List<String> titles(DelegationListView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row).getTitle())
                .toList();
    }

    static Delegation delegation(String title, DelegationDirection direction, String homeCity, String visited,
            LocalDate start, DelegationStatus status) {
        var delegation = Fixtures.delegation(title, direction, homeCity, visited, start, start.plusDays(6));
        delegation.setStatus(status);
        return delegation;
    }
}
