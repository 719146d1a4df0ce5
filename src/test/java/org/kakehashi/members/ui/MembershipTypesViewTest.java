package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.ReminderFixtures;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.springframework.beans.factory.annotation.Autowired;

class MembershipTypesViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @BeforeEach
    void aMembershipTypeToShow() {
        fixtures.membershipType();
    }

    @Autowired
    private MembershipService memberships;

    @Test
    void the_secretary_adds_a_membership_type_with_its_fee_and_currency() {
        login("secretary");
        UI.getCurrent().navigate(MembershipTypesView.class);
        var view = _get(MembershipTypesView.class);
        int before = _size(view.grid);

        _click(view.add);
        var dialog = _get(MembershipTypeDialog.class);
        userSets(dialog.name, "Research partner");
        userSets(dialog.annualFee, new BigDecimal("250000"));
        userSets(dialog.currency, "jpy");
        _click(dialog.save);

        assertThat(_size(view.grid)).isEqualTo(before + 1);
        var saved = memberships.types().stream().filter(type -> type.getName().equals("Research partner"))
                .findFirst().orElseThrow();
        assertThat(saved.getCurrency()).isEqualTo("JPY");
        assertThat(saved.getAnnualFee()).isEqualByComparingTo("250000");
    }

    @Test
    void a_negative_fee_a_made_up_currency_and_a_taken_name_are_refused_at_their_fields() {
        login("secretary");
        UI.getCurrent().navigate(MembershipTypesView.class);
        var view = _get(MembershipTypesView.class);
        var existing = _fetch(view.grid, 0, 1).getFirst().getName();

        _click(view.add);
        var dialog = _get(MembershipTypeDialog.class);
        userSets(dialog.name, "Cheap");
        userSets(dialog.annualFee, new BigDecimal("-1"));
        userSets(dialog.currency, "KRONOR");
        _click(dialog.save);
        assertThat(dialog.annualFee.isInvalid()).isTrue();
        assertThat(dialog.currency.isInvalid()).isTrue();

        userSets(dialog.name, existing);
        userSets(dialog.annualFee, new BigDecimal("100"));
        userSets(dialog.currency, "SEK");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("A membership type with this name exists already.");
        assertThat(memberships.types()).extracting(MembershipType::getName).doesNotContain("Cheap");
    }

    @Test
    void the_history_of_a_membership_type_tells_who_changed_its_fee_from_what_to_what() {
        login("secretary");
        var type = new MembershipType();
        type.setName("Regional partner " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("4000"));
        type.setCurrency("SEK");
        type = memberships.saveType(type);
        type.setAnnualFee(new BigDecimal("4500"));
        memberships.saveType(type);

        login("board");
        UI.getCurrent().navigate(MembershipTypesView.class);
        var view = _get(MembershipTypesView.class);
        var name = type.getName();
        view.grid.select(memberships.types().stream().filter(found -> found.getName().equals(name))
                .findFirst().orElseThrow());
        _click(_get(MembershipTypeDialog.class).history);

        var grid = _get(HistoryDialog.class).getChildren().filter(Grid.class::isInstance)
                .map(child -> (Grid<?>) child).findFirst().orElseThrow();
        var rows = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> grid.getColumns().stream()
                .map(column -> GridKt.getPresentationValue((Grid.Column) column, GridKt._get(grid, row))).toList())
                .toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("secretary",
                "Membership type changed", "Annual fee", "4000", "4500"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Membership type created", "Name",
                "", name));
    }

    @Test
    void a_board_member_sees_the_fees_but_cannot_add_or_change_them() {
        login("board");
        UI.getCurrent().navigate(MembershipTypesView.class);
        var view = _get(MembershipTypesView.class);

        assertThat(view.add.isVisible()).isFalse();
        view.grid.select(_fetch(view.grid, 0, 1).getFirst());
        var dialog = _get(MembershipTypeDialog.class);
        assertThat(dialog.name.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
    }
}
