package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import org.kakehashi.members.ContactPerson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.ContactService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class BusinessCardsTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private ContactService contacts;

    @Test
    void an_officer_records_a_card_from_a_new_contact_who_then_shows_where_they_were_met() {
        var cards = openTheCardsOfAReception();

        userSets(cards.familyName, "Sato");
        userSets(cards.givenName, "Haruki");
        userSets(cards.nameJapanese, "佐藤 春樹");
        userSets(cards.nameKana, "さとう はるき");
        userSets(cards.title, "Director, Biomedical Cluster");
        userSets(cards.titleJapanese, "医療産業都市 部長");
        _click(cards.addNew);

        assertThat(GridKt._size(cards.grid)).isEqualTo(1);
        var contact = contacts.search("佐藤 春樹", Pageable.ofSize(5)).getContent();
        assertThat(contact).singleElement().satisfies(person -> {
            assertThat(person.getNameKana()).isEqualTo("さとう はるき");
            assertThat(person.getTitleJapanese()).isEqualTo("医療産業都市 部長");
        });
        assertThat(delegationContacts.meetingsWith(contact.getFirst().getId())).singleElement().satisfies(card -> {
            assertThat(card.getProgrammeItem().getTitle()).isEqualTo("Concert reception");
            assertThat(card.getProgrammeItem().getCity()).isEqualTo("Osaka");
            assertThat(card.getProgrammeItem().getDelegation().getTitle()).isEqualTo("Kansai");
        });

        // The contact's own dialog in the register tells where they were met
        _get(ProgrammeItemDialog.class).close();
        UI.getCurrent().navigate("members/contacts");
        userSets(_get(TextField.class, spec -> spec.withPlaceholder(
                "Search by name, in Latin or Japanese script or kana")), "佐藤 春樹");
        @SuppressWarnings("unchecked")
        Grid<ContactPerson> found = _get(Grid.class);
        found.select(GridKt._get(found, 0));
        assertThat(_find(ListItem.class, spec -> spec.withPredicate(
                met -> met.getText().endsWith("Concert reception, Osaka (Kansai)")))).hasSize(1);
    }

    @Test
    void a_card_with_a_kana_reading_in_latin_letters_is_refused_and_no_contact_is_added() {
        var cards = openTheCardsOfAReception();

        userSets(cards.familyName, "Sakamoto");
        userSets(cards.givenName, "Ren");
        userSets(cards.nameKana, "sakamoto ren");
        _click(cards.addNew);

        assertThat(cards.nameKana.isInvalid()).isTrue();
        assertThat(GridKt._size(cards.grid)).isZero();
        assertThat(contacts.search("sakamoto ren", Pageable.ofSize(5))).isEmpty();
    }

    private BusinessCardsPanel openTheCardsOfAReception() {
        login("officer");
        var item = reception();
        UI.getCurrent().navigate("delegations/" + item.getDelegation().getId());
        GridKt._clickItem(_get(DelegationView.class).programme, 0);
        return _get(ProgrammeItemDialog.class).cards;
    }

    private ProgrammeItem reception() {
        var mission = delegations.save(DelegationListViewTest.delegation("Kansai", DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka", LocalDate.of(2026, 10, 20), DelegationStatus.CONFIRMED));
        var item = new ProgrammeItem(mission);
        item.setTitle("Concert reception");
        item.setCity("Osaka");
        item.setZoneId("Asia/Tokyo");
        item.setStart(LocalDateTime.of(2026, 10, 21, 18, 0));
        item.setEnd(LocalDateTime.of(2026, 10, 21, 21, 0));
        return delegations.saveItem(item);
    }
}
