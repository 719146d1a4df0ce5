package org.kakehashi.common.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.common.Translations;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.delegations.ui.DelegationView;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ui.OrganisationView;
import org.kakehashi.pipeline.ui.LeadView;
import org.springframework.beans.factory.annotation.Autowired;

/** The pickers' pop-ups speak the user's language, wherever a form or a dialog has one. */
class PickersTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private OrganisationService organisations;

    @Test
    void the_pop_up_has_the_languages_month_and_weekday_names_first_day_and_buttons() {
        var japanese = Pickers.i18n(Locale.JAPANESE);
        assertThat(japanese.getMonthNames()).startsWith("1月", "2月");
        assertThat(japanese.getWeekdaysShort()).startsWith("日", "月");
        assertThat(japanese.getFirstDayOfWeek()).isZero();
        assertThat(japanese.getToday()).isEqualTo("今日");
        assertThat(japanese.getDateFormats()).first().isEqualTo("yyyy/MM/dd");

        var swedish = Pickers.i18n(Locale.of("sv"));
        assertThat(swedish.getMonthNames()).startsWith("januari");
        assertThat(swedish.getFirstDayOfWeek()).isOne();
        assertThat(swedish.getCancel()).isEqualTo("Avbryt");
        assertThat(swedish.getDateFormats()).first().isEqualTo("yyyy-MM-dd");

        var german = Pickers.i18n(Locale.GERMAN);
        assertThat(german.getWeekdays()).startsWith("Sonntag", "Montag");
        assertThat(german.getFirstDayOfWeek()).isOne();
        assertThat(german.getToday()).isEqualTo("Heute");
        assertThat(german.getDateFormats()).containsExactly("dd.MM.yyyy", "d.M.yyyy");

        assertThat(Pickers.i18n(Locale.ENGLISH).getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(Pickers.i18n(Locale.ENGLISH).getFirstDayOfWeek()).isOne();
    }

    @Test
    void the_delegation_form_and_the_programme_item_dialog_pick_dates_in_japanese() {
        login("officer");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var mission = delegations.save(Fixtures.delegation("Picker mission to Osaka", DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16)));
        UI.getCurrent().navigate(DelegationView.class,
                new RouteParameters(DelegationView.ID, String.valueOf(mission.getId())));
        _click(_get(Button.class, spec -> spec.withText(text("programme.add", Locale.JAPANESE))));

        assertEveryPickerSpeaks(Locale.JAPANESE, 2, 2);
    }

    @Test
    void the_lead_form_picks_dates_in_swedish() {
        login("officer");
        UI.getCurrent().setLocale(Locale.of("sv"));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));

        assertEveryPickerSpeaks(Locale.of("sv"), 2, 0);
    }

    @Test
    void the_membership_and_contact_dialogs_pick_dates_in_german() {
        login("secretary");
        UI.getCurrent().setLocale(Locale.GERMAN);
        var organisation = new Organisation();
        organisation.setName("Picker Instruments GmbH");
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Leipzig");
        organisation.setCountry("DE");
        organisation = organisations.save(organisation);
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        _click(_get(Button.class, spec -> spec.withText(text("membership.join", Locale.GERMAN))));

        assertEveryPickerSpeaks(Locale.GERMAN, 2, 0);
    }

    private static String text(String key, Locale language) {
        return new Translations().getTranslation(key, language);
    }

    private static void assertEveryPickerSpeaks(Locale language, int datePickers, int dateTimePickers) {
        var expected = Pickers.i18n(language);
        var formats = Translations.formats(language);
        List<DatePicker> dates = _find(DatePicker.class).stream()
                .filter(picker -> !(picker.getParent().orElse(null) instanceof DateTimePicker)).toList();
        assertThat(dates).hasSizeGreaterThanOrEqualTo(datePickers).allSatisfy(picker -> {
            assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(formats);
            assertThat(picker.getI18n()).as(picker.getLabel()).usingRecursiveComparison().isEqualTo(expected);
        });
        assertThat(_find(DateTimePicker.class)).hasSizeGreaterThanOrEqualTo(dateTimePickers).allSatisfy(picker -> {
            assertThat(picker.getLocale()).as(picker.getLabel()).isEqualTo(formats);
            assertThat(picker.getDatePickerI18n()).as(picker.getLabel()).usingRecursiveComparison()
                    .isEqualTo(expected);
        });
    }
}
