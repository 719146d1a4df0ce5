package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.ReminderFixtures;

class ContactListViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void a_contact_is_found_by_the_kana_reading_and_shows_as_a_member_through_its_organisation() {
        var member = fixtures.activeMember(
                fixtures.organisation("Lund University", OrganisationKind.UNIVERSITY, "Lund"));
        var nakamura = fixtures.contact(member, "Aiko", "Nakamura", "ja", "aiko.nakamura@example.org", true);
        nakamura.setNameKana("なかむら あいこ");
        fixtures.save(nakamura);
        login("officer");
        UI.getCurrent().navigate(ContactListView.class);
        var view = _get(ContactListView.class);

        userSets(view.search, "なかむら");

        var found = _fetch(view.grid, 0, 50);
        assertThat(found).isNotEmpty().allSatisfy(contact -> assertThat(contact.getNameKana()).contains("なかむら"));
        var memberThrough = _getFormatted(view.grid, 0, ContactListView.MEMBER_THROUGH);
        assertThat(memberThrough).startsWith(found.getFirst().getOrganisation().getName());
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    void the_secretary_adds_a_contact_who_stands_alone() {
        login("secretary");
        UI.getCurrent().navigate(ContactListView.class);
        var view = _get(ContactListView.class);

        _click(view.add);
        var dialog = _get(ContactDialog.class);
        userSets(dialog.givenName, "Ingrid");
        userSets(dialog.familyName, "Solberg-Tanaka");
        userSets(dialog.email, "ingrid.solberg@example.net");
        _click(dialog.save);

        userSets(view.search, "solberg");
        assertThat(_fetch(view.grid, 0, 10)).singleElement().satisfies(contact -> {
            assertThat(contact.getOrganisation()).isNull();
            assertThat(contact.getEmail()).isEqualTo("ingrid.solberg@example.net");
        });
        assertThat(_getFormatted(view.grid, 0, ContactListView.MEMBER_THROUGH)).isEqualTo("Stands alone");
    }

    @Test
    void an_invalid_email_keeps_the_dialog_open_with_the_error_at_the_field() {
        login("secretary");
        UI.getCurrent().navigate(ContactListView.class);
        var view = _get(ContactListView.class);

        _click(view.add);
        var dialog = _get(ContactDialog.class);
        userSets(dialog.givenName, "Broken");
        userSets(dialog.familyName, "Address");
        userSets(dialog.email, "broken@");
        userSets(dialog.nameKana, "Kanji漢字");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.nameKana.getErrorMessage()).contains("hiragana or katakana");
        userSets(view.search, "Broken");
        assertThat(_fetch(view.grid, 0, 10)).extracting(ContactPerson::getFamilyName).doesNotContain("Address");
    }
}
