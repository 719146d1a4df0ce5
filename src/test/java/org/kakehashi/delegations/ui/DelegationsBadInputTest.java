package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.reliability.BadInput.assertNoUnexpectedError;
import static org.kakehashi.reliability.BadInput.assertRefusedAtField;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationFilter;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.reliability.BadInput;
import org.kakehashi.reliability.TextLimits;
import org.kakehashi.members.OrganisationRef;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bad-input campaign over the delegations' forms: delegation, programme item, participant, partner, and the
 * business card of a contact met on the spot.
 */
class DelegationsBadInputTest extends UiTest {

    private static final AtomicLong CASE = new AtomicLong();

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private OrganisationService organisations;

    // ---- delegation form ----

    @ParameterizedTest(name = "delegation title: {0}")
    @EnumSource(BadInput.class)
    void the_delegation_title_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        delegationField(input, true, form -> form.title, Delegation::getTitle);
    }

    @ParameterizedTest(name = "delegation home city: {0}")
    @EnumSource(BadInput.class)
    void the_home_city_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        delegationField(input, true, form -> form.homeCity, Delegation::getHomeCity);
    }

    @ParameterizedTest(name = "delegation objectives: {0}")
    @EnumSource(BadInput.class)
    void the_objectives_are_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        delegationField(input, false, form -> form.objectives, Delegation::getObjectives);
    }

    private <F extends HasValue<?, String> & HasValidation> void delegationField(BadInput input, boolean required,
            Function<DelegationForm, F> field, Function<Delegation, String> stored) {
        login("officer");
        long before = delegations.count(DelegationFilter.all());
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;
        userSets(form.title, "Bad input mission " + CASE.incrementAndGet());
        userSets(form.homeCity, "Leipzig");
        userSets(form.startDate, LocalDate.of(2026, 10, 20));
        userSets(form.endDate, LocalDate.of(2026, 10, 28));
        userSets(field.apply(form), input.text);
        _click(form.save);

        assertNoUnexpectedError();
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(form));
            assertThat(delegations.count(DelegationFilter.all())).isEqualTo(before);
            return;
        }
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("delegations/\\d+");
        var saved = delegations.get(Long.parseLong(path.substring("delegations/".length()))).orElseThrow();
        var expected = input.isNothing() ? null : input.text;
        assertThat(stored.apply(saved)).isEqualTo(expected);
        var shown = _get(DelegationView.class);
        assertThat(field.apply(shown.form).getValue()).isEqualTo(expected == null ? "" : expected);
        assertThat(_get(H2.class, spec -> spec.withClasses("view-title").withText(saved.getTitle()))).isNotNull();
    }

    @ParameterizedTest(name = "delegation from {0} to {1}: accepted {2}")
    @CsvSource({
        "0001-01-01, 0001-01-07, true",
        "9999-12-24, 9999-12-31, true",
        "0001-01-01, 9999-12-31, true",
        "2026-10-28, 2026-10-20, false",
    })
    void dates_far_in_the_past_and_future_are_stored_and_shown_exactly(LocalDate start, LocalDate end,
            boolean accepted) {
        login("officer");
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;
        var title = "Far dates " + CASE.incrementAndGet();
        userSets(form.title, title);
        userSets(form.homeCity, "Malmö");
        userSets(form.startDate, start);
        userSets(form.endDate, end);
        _click(form.save);

        assertNoUnexpectedError();
        var found = delegations.byTitle(title, org.springframework.data.domain.Pageable.ofSize(2)).getContent();
        if (!accepted) {
            assertThat(found).isEmpty();
            assertThat(form.endDate.isInvalid() || form.startDate.isInvalid()).isTrue();
            return;
        }
        assertThat(found).singleElement().satisfies(saved -> {
            assertThat(saved.getStartDate()).isEqualTo(start);
            assertThat(saved.getEndDate()).isEqualTo(end);
        });
        var shown = _get(DelegationView.class);
        assertThat(shown.form.startDate.getValue()).isEqualTo(start);
        assertThat(shown.form.endDate.getValue()).isEqualTo(end);
    }

    // ---- programme item dialog ----

    @ParameterizedTest(name = "programme item title: {0}")
    @EnumSource(BadInput.class)
    void the_programme_item_title_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        itemField(input, true, dialog -> dialog.title, ProgrammeItem::getTitle);
    }

    @ParameterizedTest(name = "programme item venue: {0}")
    @EnumSource(BadInput.class)
    void the_programme_item_venue_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        itemField(input, false, dialog -> dialog.venue, ProgrammeItem::getVenue);
    }

    private <F extends HasValue<?, String> & HasValidation> void itemField(BadInput input, boolean required,
            Function<ProgrammeItemDialog, F> field, Function<ProgrammeItem, String> stored) {
        login("officer");
        var mission = newMission();
        UI.getCurrent().navigate("delegations/" + mission.getId());
        _click(_get(DelegationView.class).addItem);
        var dialog = _get(ProgrammeItemDialog.class);
        userSets(dialog.title, "Meeting");
        userSets(field.apply(dialog), input.text);
        _click(dialog.save);

        assertNoUnexpectedError();
        var programme = delegations.programme(mission.getId());
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(dialog));
            assertThat(programme).isEmpty();
            return;
        }
        var expected = input.isNothing() ? null : input.text;
        assertThat(programme).singleElement().extracting(stored).isEqualTo(expected);
        if (expected != null) {
            var grid = _get(DelegationView.class).programme;
            assertThat(String.join(" | ", _getFormattedRow(grid, 0))).contains(expected);
        }
    }

    @ParameterizedTest(name = "programme item from {0}: accepted {1}")
    @CsvSource({
        "0001-01-01T09:00, true",
        "9999-12-31T09:00, true",
        "2026-03-29T02:30, true",
        "2027-01-01T09:00, false",
    })
    void times_far_in_the_past_and_future_are_stored_exactly_within_the_delegation_and_refused_outside(
            LocalDateTime start, boolean accepted) {
        login("officer");
        var mission = delegations.save(Fixtures.delegation(accepted ? "Long mission" : "Short mission",
                DelegationDirection.OUTBOUND, "Leipzig", "Osaka", accepted ? LocalDate.of(1, 1, 1)
                        : LocalDate.of(2026, 10, 20), accepted ? LocalDate.of(9999, 12, 31)
                        : LocalDate.of(2026, 10, 28)));
        UI.getCurrent().navigate("delegations/" + mission.getId());
        _click(_get(DelegationView.class).addItem);
        var dialog = _get(ProgrammeItemDialog.class);
        userSets(dialog.title, "Far away meeting");
        userSets(dialog.start, start);
        userSets(dialog.end, start.plusMinutes(30));
        _click(dialog.save);

        assertNoUnexpectedError();
        var programme = delegations.programme(mission.getId());
        if (accepted) {
            assertThat(programme).singleElement().satisfies(item -> {
                assertThat(item.getStart()).isEqualTo(start);
                assertThat(item.getEnd()).isEqualTo(start.plusMinutes(30));
            });
            assertThat(_getFormattedRow(_get(DelegationView.class).programme, 0)).contains("Far away meeting");
        } else {
            assertThat(programme).isEmpty();
            assertThat(dialog.start.isInvalid() || dialog.end.isInvalid()).as("a field says what is wrong").isTrue();
        }
    }

    // ---- participants and partners ----

    @ParameterizedTest(name = "participant guest name: {0}")
    @EnumSource(BadInput.class)
    void a_guest_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        login("officer");
        var mission = newMission();
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var participants = _get(ParticipantsPanel.class);
        userSets(participants.guestName, input.text);
        _click(participants.add);

        assertNoUnexpectedError();
        var stored = delegationContacts.participants(mission.getId());
        if (input.refusedWhenRequired()) {
            assertRefusedAtField(participants.guestName);
            assertThat(stored).isEmpty();
            return;
        }
        assertThat(stored).singleElement().extracting(participant -> participant.getGuestName())
                .isEqualTo(input.text);
        assertThat(_size(participants.grid)).isEqualTo(1);
        assertThat(String.join(" | ", _getFormattedRow(participants.grid, 0))).contains(input.text);
    }

    @ParameterizedTest(name = "partner contribution: {0}")
    @EnumSource(BadInput.class)
    void a_partner_contribution_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        login("secretary");
        var agency = new Organisation();
        agency.setName("Agency " + CASE.incrementAndGet());
        agency.setKind(OrganisationKind.AGENCY);
        var savedAgency = new Organisation[] {organisations.save(agency)};
        login("officer");
        var mission = newMission();
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var partners = _get(PartnersPanel.class);
        userSets(partners.organisation, OrganisationRef.of(savedAgency[0]));
        userSets(partners.contribution, input.text);
        _click(partners.add);

        assertNoUnexpectedError();
        var stored = delegationContacts.partners(mission.getId());
        if (input.refusedWhenOptional()) {
            assertRefusedAtField(partners.contribution);
            assertThat(stored).isEmpty();
            return;
        }
        var expected = input.isNothing() ? null : input.text;
        assertThat(stored).singleElement().extracting(partner -> partner.getContribution()).isEqualTo(expected);
        if (expected != null) {
            assertThat(String.join(" | ", _getFormattedRow(partners.grid, 0))).contains(expected);
        }
    }

    // ---- business cards: a contact met and written down on the spot ----

    @ParameterizedTest(name = "business card family name: {0}")
    @EnumSource(BadInput.class)
    void a_card_family_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        cardField(input, true, cards -> cards.familyName, contact -> contact.getFamilyName());
    }

    @ParameterizedTest(name = "business card name in Japanese: {0}")
    @EnumSource(BadInput.class)
    void a_card_name_in_japanese_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        cardField(input, false, cards -> cards.nameJapanese, contact -> contact.getNameJapanese());
    }

    @ParameterizedTest(name = "business card title: {0}")
    @EnumSource(BadInput.class)
    void a_card_title_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        cardField(input, false, cards -> cards.title, contact -> contact.getTitle());
    }

    private <F extends HasValue<?, String> & HasValidation> void cardField(BadInput input, boolean required,
            Function<BusinessCardsPanel, F> field, Function<org.kakehashi.members.ContactPerson, String> stored) {
        login("officer");
        var item = reception();
        UI.getCurrent().navigate("delegations/" + item.getDelegation().getId());
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(_get(DelegationView.class).programme, 0);
        var cards = _get(ProgrammeItemDialog.class).cards;
        userSets(cards.familyName, "Sato");
        userSets(cards.givenName, "Haruki");
        userSets(field.apply(cards), input.text);
        _click(cards.addNew);

        assertNoUnexpectedError();
        var saved = delegationContacts.businessCards(item.getId());
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(cards));
            assertThat(saved).isEmpty();
            return;
        }
        var expected = input.isNothing() ? null : input.text;
        assertThat(saved).singleElement().extracting(card -> stored.apply(card.getContact())).isEqualTo(expected);
        assertThat(_size(cards.grid)).isEqualTo(1);
        if (expected != null) {
            assertThat(String.join(" | ", _getFormattedRow(cards.grid, 0))).contains(expected);
        }
    }

    // ---- every text field: a paste over the limit arrives whole and is refused with its length ----

    @Test
    void every_text_field_of_the_delegation_form_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("officer");
        long before = delegations.count(DelegationFilter.all());
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;

        TextLimits.assertEveryTextFieldRefusesTooLongText(form, UiTest::userSets, () -> _click(form.save));
        assertThat(delegations.count(DelegationFilter.all())).isEqualTo(before);
    }

    @Test
    void every_text_field_of_the_programme_item_dialog_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("officer");
        var mission = newMission();
        UI.getCurrent().navigate("delegations/" + mission.getId());
        _click(_get(DelegationView.class).addItem);
        var dialog = _get(ProgrammeItemDialog.class);

        TextLimits.assertEveryTextFieldRefusesTooLongText(dialog, UiTest::userSets, () -> _click(dialog.save));
        assertThat(delegations.programme(mission.getId())).isEmpty();
    }

    @Test
    void the_participant_partner_and_business_card_rows_refuse_a_too_long_text_and_say_how_long_it_was() {
        login("secretary");
        var agency = new Organisation();
        agency.setName("Agency " + CASE.incrementAndGet());
        agency.setKind(OrganisationKind.AGENCY);
        var savedAgency = organisations.save(agency);
        login("officer");
        var item = reception();
        var mission = item.getDelegation();
        UI.getCurrent().navigate("delegations/" + mission.getId());

        var participants = _get(ParticipantsPanel.class);
        TextLimits.assertEveryTextFieldRefusesTooLongText(participants, UiTest::userSets,
                () -> _click(participants.add));
        var partners = _get(PartnersPanel.class);
        userSets(partners.organisation, OrganisationRef.of(savedAgency));
        TextLimits.assertEveryTextFieldRefusesTooLongText(partners, UiTest::userSets, () -> _click(partners.add));
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(_get(DelegationView.class).programme, 0);
        var cards = _get(ProgrammeItemDialog.class).cards;
        TextLimits.assertEveryTextFieldRefusesTooLongText(cards, UiTest::userSets, () -> _click(cards.addNew),
                cards.nameKana);

        assertThat(delegationContacts.participants(mission.getId())).isEmpty();
        assertThat(delegationContacts.partners(mission.getId())).isEmpty();
        assertThat(delegationContacts.businessCards(item.getId())).isEmpty();
    }

    private ProgrammeItem reception() {
        var item = new ProgrammeItem(newMission());
        item.setTitle("Concert reception");
        item.setCity("Osaka");
        item.setZoneId("Asia/Tokyo");
        item.setStart(LocalDateTime.of(2026, 10, 21, 18, 0));
        item.setEnd(LocalDateTime.of(2026, 10, 21, 21, 0));
        return delegations.saveItem(item);
    }

    private Delegation newMission() {
        return delegations.save(Fixtures.delegation("Mission " + CASE.incrementAndGet(), DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 28)));
    }
}
