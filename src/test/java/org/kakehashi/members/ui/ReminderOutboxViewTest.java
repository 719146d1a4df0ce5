package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.UiTest;
import org.kakehashi.shell.AccessDeniedView;
import org.kakehashi.members.MemberReminder;
import org.kakehashi.members.ReminderDelivery;
import org.kakehashi.members.ReminderFixtures;

class ReminderOutboxViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void the_secretary_reads_the_outbox_newest_first_and_opens_a_reminder() {
        var today = fixtures.today();
        var membership = fixtures.member("Öresund Robotics AB", today.minusYears(1), today.plusDays(7), "5000", "SEK");
        fixtures.primaryContact(membership, "Maja", "Ek", "en", "maja.ek@oresund-robotics.example");
        fixtures.sendDueReminders();
        login("secretary");

        UI.getCurrent().navigate(ReminderOutboxView.PATH);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("reminders-outbox-note")).getText())
                .startsWith("No mail server is configured");
        var view = _get(ReminderOutboxView.class);
        var rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
        assertThat(rows).extracting(MemberReminder::getSentAt).isSortedAccordingTo(Comparator.reverseOrder());
        var ours = rows.stream().filter(reminder -> reminder.getOrganisationName().equals("Öresund Robotics AB"))
                .findFirst().orElseThrow();
        assertThat(ours.getDelivery()).isEqualTo(ReminderDelivery.OUTBOX);

        view.grid.select(ours);

        var dialog = _get(ReminderDialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Öresund Robotics AB: your membership is due for renewal");
        assertThat(dialog.body.getText()).startsWith("Dear Maja Ek,").containsPattern("SEK\\h5,000.00");
        _get(dialog, Button.class, spec -> spec.withText("Close")).click();
        assertThat(_find(ReminderDialog.class)).isEmpty();
        assertThat(view.grid.asSingleSelect().getValue()).isNull();
    }

    @Test
    void an_empty_outbox_says_what_will_come_there() {
        login("admin");

        UI.getCurrent().navigate(ReminderOutboxView.PATH);

        assertThat(_get(ReminderOutboxView.class).grid.getEmptyStateText())
                .startsWith("No reminders yet.").contains("less than 30 days away");
    }

    @ParameterizedTest(name = "{0} is refused the outbox")
    @ValueSource(strings = {"officer", "board"})
    void officers_and_board_members_are_refused_the_outbox(String username) {
        login(username);

        UI.getCurrent().navigate(ReminderOutboxView.PATH);

        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(ReminderOutboxView.class)).isEmpty();
    }
}
