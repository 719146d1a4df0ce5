package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt.getPresentationValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two officers at two computers change the same delegation or programme item: the second save is refused with a
 * message and a Reload that shows the first one's change, which stays. And what was changed can be read back.
 */
class DelegationConflictsTest extends UiTest {


    @Autowired
    private DelegationService delegations;

    private Delegation mission() {
        var mission = delegations.save(Fixtures.delegation("Hydrogen mission to Aichi " + System.nanoTime(),
                DelegationDirection.OUTBOUND, "Malmö", "Nagoya, Toyohashi", LocalDate.of(2027, 4, 12),
                LocalDate.of(2027, 4, 16)));
        delegations.saveItem(Fixtures.item(mission, "Port of Nagoya", LocalDateTime.of(2027, 4, 13, 10, 0),
                "Asia/Tokyo"));
        return delegations.get(mission.getId()).orElseThrow();
    }

    private static DelegationView open(Delegation delegation) {
        UI.getCurrent().navigate("delegations/" + delegation.getId());
        return _get(DelegationView.class);
    }

    @Test
    void of_two_officers_saving_the_same_delegation_the_second_is_told_and_reload_shows_the_first_change()
            throws Exception {
        login("officer");
        var mission = mission();
        var form = open(mission).form;

        meanwhile("officer", () -> {
            var theirs = open(mission).form;
            userSets(theirs.objectives, "Two hydrogen valleys");
            _click(theirs.save);
        });
        userSets(form.notes, "Bring business cards");
        _click(form.save);

        var stored = delegations.get(mission.getId()).orElseThrow();
        assertThat(stored.getObjectives()).isEqualTo("Two hydrogen valleys");
        assertThat(stored.getNotes()).isNullOrEmpty();
        assertConflictToldThenReload();
        assertThat(_get(DelegationView.class).form.objectives.getValue()).isEqualTo("Two hydrogen valleys");
    }

    @Test
    void of_two_officers_saving_the_same_programme_item_the_second_is_told_and_reload_shows_the_first_change()
            throws Exception {
        login("officer");
        var mission = mission();
        _clickItem(open(mission).programme, 0);
        var dialog = _get(ProgrammeItemDialog.class);

        meanwhile("officer", () -> {
            _clickItem(open(mission).programme, 0);
            var theirs = _get(ProgrammeItemDialog.class);
            userSets(theirs.venue, "Garden Pier");
            _click(theirs.save);
        });
        userSets(dialog.city, "Nagoya");
        _click(dialog.save);

        var stored = delegations.programme(mission.getId()).getFirst();
        assertThat(stored.getVenue()).isEqualTo("Garden Pier");
        assertThat(stored.getCity()).isNullOrEmpty();
        assertConflictToldThenReload();
        assertThat(_get(ProgrammeItemDialog.class).venue.getValue()).isEqualTo("Garden Pier");
    }

    @Test
    void a_programme_item_deleted_after_someone_else_changed_it_is_kept_and_the_user_told() throws Exception {
        login("officer");
        var mission = mission();
        _clickItem(open(mission).programme, 0);
        var dialog = _get(ProgrammeItemDialog.class);

        meanwhile("officer", () -> {
            _clickItem(open(mission).programme, 0);
            var theirs = _get(ProgrammeItemDialog.class);
            userSets(theirs.notes, "Moved to the afternoon ferry");
            _click(theirs.save);
        });
        _click(dialog.delete);

        assertThat(delegations.programme(mission.getId())).singleElement()
                .satisfies(item -> assertThat(item.getNotes()).isEqualTo("Moved to the afternoon ferry"));
        assertConflictToldThenReload();
    }

    @Test
    void a_board_member_reads_who_changed_the_programme_and_from_what_to_what_in_their_language() {
        login("officer");
        var mission = mission();
        var item = delegations.programme(mission.getId()).getFirst();
        item.setVenue("Garden Pier");
        delegations.saveItem(item);

        login("board");
        _click(open(mission).history);

        var grid = _get(HistoryDialog.class).<Grid<AuditEntry>>getChildren().filter(Grid.class::isInstance)
                .map(child -> (Grid<AuditEntry>) child).findFirst().orElseThrow();
        var rows = IntStream.range(0, _size(grid)).mapToObj(row -> grid.getColumns().stream()
                .map(column -> getPresentationValue(column, _get(grid, row))).toList()).toList();
        assertThat(rows.getFirst()).containsSubsequence("officer", "Programme item changed", "Venue", "",
                "Garden Pier");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Delegation created", "Status", "",
                "Planned"));
    }
}
