package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationFilter;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.delegations.ParticipantRole;
import org.kakehashi.delegations.ProgrammeItemKind;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.OrganisationRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "kakehashi.delegations.home-zone=Europe/Berlin")
class DelegationViewTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private JdbcTemplate jdbc;

    /** Each test counts the delegations: it starts with none. */
    @BeforeEach
    void anEmptyCalendar() {
        Fixtures.deleteAllDelegations(jdbc);
    }

    @Test
    void an_officer_plans_a_delegation_in_the_form_and_lands_on_its_page() {
        login("officer");
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;

        userSets(form.title, "Biotech mission to Kansai");
        userSets(form.direction, DelegationDirection.OUTBOUND);
        userSets(form.status, DelegationStatus.PLANNED);
        userSets(form.homeCity, "Leipzig");
        userSets(form.homeZone, "Europe/Berlin");
        userSets(form.visitedCities, "Osaka, Kobe");
        userSets(form.startDate, LocalDate.of(2026, 10, 20));
        userSets(form.endDate, LocalDate.of(2026, 10, 28));
        userSets(form.responsibleOfficer, form.responsibleOfficer.getListDataView().getItem(0));
        _click(form.save);

        var saved = delegations.page(DelegationFilter.all(), Pageable.ofSize(5)).getContent();
        assertThat(saved).singleElement().satisfies(delegation -> {
            assertThat(delegation.getTitle()).isEqualTo("Biotech mission to Kansai");
            assertThat(delegation.getResponsibleOfficer().getDisplayName()).isEqualTo("Jonas Albrecht");
        });
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("delegations/" + saved.getFirst().getId());
        assertThat(_get(DelegationView.class).addItem.isVisible()).isTrue();
    }

    @Test
    void a_new_delegation_names_our_city_and_the_visitors_and_takes_our_zone_from_the_setting() {
        login("officer");
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;

        assertThat(form.homeCity.getLabel()).isEqualTo("Our city");
        assertThat(form.homeZone.getLabel()).isEqualTo("Our city's time zone");
        assertThat(form.homeZone.getValue()).isEqualTo("Europe/Berlin");
        assertThat(form.homeZone.getHelperText())
                .isEqualTo("Each programme item shows its local time and, beside it, the time in this zone.");
        userSets(form.direction, DelegationDirection.INBOUND);
        assertThat(form.visitedCities.getLabel()).isEqualTo("The visitors' cities");
        userSets(form.direction, DelegationDirection.OUTBOUND);
        assertThat(form.visitedCities.getLabel()).isEqualTo("Cities visited");
    }

    @Test
    void an_end_before_the_start_is_refused_at_the_field_and_nothing_is_saved() {
        login("secretary");
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;

        userSets(form.title, "Backwards");
        userSets(form.homeCity, "Lund");
        userSets(form.startDate, LocalDate.of(2026, 5, 10));
        userSets(form.endDate, LocalDate.of(2026, 5, 9));
        _click(form.save);

        assertThat(form.endDate.isInvalid()).isTrue();
        assertThat(form.endDate.getErrorMessage()).isEqualTo("The last day must not be before the first day.");
        assertThat(delegations.count(DelegationFilter.all())).isZero();
    }

    @Test
    void an_empty_form_marks_the_required_fields_and_a_blank_title_is_not_a_title() {
        login("officer");
        UI.getCurrent().navigate("delegations/new");
        var form = _get(DelegationView.class).form;

        userSets(form.title, "   ");
        _click(form.save);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Required.");
        assertThat(form.homeCity.isInvalid()).isTrue();
        assertThat(form.homeCity.getErrorMessage()).isEqualTo("Required.");
        assertThat(form.startDate.isInvalid()).isTrue();
        assertThat(delegations.count(DelegationFilter.all())).isZero();
    }

    @Test
    void a_programme_item_outside_the_delegations_days_is_refused_with_a_message_at_its_start() {
        login("officer");
        var mission = delegations.save(mission());
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var view = _get(DelegationView.class);

        _click(view.addItem);
        var dialog = _get(ProgrammeItemDialog.class);
        userSets(dialog.title, "Farewell dinner");
        userSets(dialog.zone, "Asia/Tokyo");
        userSets(dialog.start, LocalDateTime.of(2026, 1, 20, 19, 0));
        userSets(dialog.end, LocalDateTime.of(2026, 1, 20, 21, 0));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("The item must start and end on a day of the delegation.");
        assertThat(delegations.programme(mission.getId())).isEmpty();
    }

    @Test
    void the_programme_shows_each_item_in_local_and_home_time_day_by_day_and_marks_overlaps() {
        login("officer");
        var mission = delegations.save(mission());
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var view = _get(DelegationView.class);

        addItem(view, "Concert reception", ProgrammeItemKind.RECEPTION, LocalDateTime.of(2026, 1, 12, 18, 0),
                "Asia/Tokyo", "Osaka");
        addItem(view, "Call with the office in Leipzig", ProgrammeItemKind.MEETING,
                LocalDateTime.of(2026, 1, 12, 10, 30), "Europe/Berlin", "Leipzig");
        addItem(view, "Biomedical cluster", ProgrammeItemKind.SITE_VISIT, LocalDateTime.of(2026, 1, 13, 10, 0),
                "Asia/Tokyo", "Kobe");

        var programme = view.programme;
        assertThat(GridKt._size(programme)).isEqualTo(3);
        assertThat(GridKt._getFormatted(programme, 0, "title")).isEqualTo("Concert reception");
        assertThat(GridKt._getFormatted(programme, 0, "day")).isEqualTo("Monday, 12 January 2026");
        assertThat(GridKt._getFormatted(programme, 0, "localTime")).startsWith("18:00–20:00");
        assertThat(GridKt._getFormatted(programme, 0, "homeTime")).startsWith("10:00–12:00");
        assertThat(GridKt._getFormatted(programme, 1, "title")).isEqualTo("Call with the office in Leipzig");
        assertThat(programme.overlaps(GridKt._get(programme, 0))).isTrue();
        assertThat(programme.overlaps(GridKt._get(programme, 1))).isTrue();
        assertThat(programme.overlaps(GridKt._get(programme, 2))).isFalse();
        // the visit in Kobe at 10:00 is 02:00 at home, on the same day
        assertThat(GridKt._getFormatted(programme, 2, "homeTime")).startsWith("02:00–04:00");
    }

    @Test
    void the_board_reads_a_delegation_with_every_field_read_only_and_no_planning_buttons() {
        login("officer");
        var mission = delegations.save(mission());
        login("board");
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var view = _get(DelegationView.class);

        assertThat(view.form.title.isReadOnly()).isTrue();
        assertThat(view.form.endDate.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible() && view.form.save.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.addItem.isVisible()).isFalse();
        assertThat(view.delete.isVisible()).isFalse();
        assertThat(_get(ParticipantsPanel.class).add.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void participants_from_the_register_or_by_name_and_partners_are_added_to_a_delegation() {
        login("secretary");
        var consulate = new Organisation();
        consulate.setName("Consulate General of Japan");
        consulate.setKind(OrganisationKind.AGENCY);
        consulate.setCountry("DE");
        consulate = organisations.save(consulate);
        var mission = delegations.save(mission());
        UI.getCurrent().navigate("delegations/" + mission.getId());

        var participants = _get(ParticipantsPanel.class);
        _click(participants.add);
        assertThat(participants.guestName.isInvalid()).isTrue();
        userSets(participants.guestName, "Mariko Tanaka");
        userSets(participants.role, ParticipantRole.INTERPRETER);
        _click(participants.add);
        var partners = _get(PartnersPanel.class);
        userSets(partners.organisation, OrganisationRef.of(consulate));
        userSets(partners.contribution, "Opened doors to the prefecture");
        _click(partners.add);

        assertThat(GridKt._size(participants.grid)).isEqualTo(1);
        assertThat(delegationContacts.participants(mission.getId())).singleElement().satisfies(participant -> {
            assertThat(participant.getName()).isEqualTo("Mariko Tanaka");
            assertThat(participant.getRole()).isEqualTo(ParticipantRole.INTERPRETER);
        });
        assertThat(GridKt._size(partners.grid)).isEqualTo(1);
        assertThat(delegationContacts.partners(mission.getId())).singleElement()
                .extracting(partner -> partner.getOrganisation().getName()).isEqualTo("Consulate General of Japan");
    }

    @Test
    void deleting_a_delegation_asks_first_and_takes_its_programme_with_it() {
        login("officer");
        var mission = delegations.save(mission());
        delegations.saveItem(Fixtures.item(mission, "Reception", LocalDateTime.of(2026, 1, 12, 18, 0), "Asia/Tokyo"));
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var view = _get(DelegationView.class);

        _click(view.delete);
        ConfirmDialogKt._fireCancel(view.confirmation);
        assertThat(delegations.get(mission.getId())).isPresent();

        _click(view.delete);
        assertThat(ConfirmDialogKt._getText(view.confirmation)).startsWith("Biotech mission to Kansai and its whole");
        ConfirmDialogKt._fireConfirm(view.confirmation);

        assertThat(delegations.get(mission.getId())).isEmpty();
        assertThat(delegations.programme(mission.getId())).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("delegations");
    }

    @Test
    void the_same_partner_twice_is_refused_at_the_field() {
        login("secretary");
        var consulate = new Organisation();
        consulate.setName("Consulate General of Japan");
        consulate.setKind(OrganisationKind.AGENCY);
        consulate = organisations.save(consulate);
        var mission = delegations.save(mission());
        UI.getCurrent().navigate("delegations/" + mission.getId());
        var partners = _get(PartnersPanel.class);

        userSets(partners.organisation, OrganisationRef.of(consulate));
        _click(partners.add);
        userSets(partners.organisation, OrganisationRef.of(consulate));
        _click(partners.add);

        assertThat(partners.organisation.isInvalid()).isTrue();
        assertThat(partners.organisation.getErrorMessage()).isEqualTo(
                "This organisation is already a partner of the delegation.");
        assertThat(delegationContacts.partners(mission.getId())).hasSize(1);
    }

    private static void addItem(DelegationView view, String title, ProgrammeItemKind kind, LocalDateTime start,
            String zone, String city) {
        _click(view.addItem);
        var dialog = _get(ProgrammeItemDialog.class);
        userSets(dialog.title, title);
        userSets(dialog.kind, kind);
        userSets(dialog.zone, zone);
        userSets(dialog.start, start);
        userSets(dialog.end, start.plusHours(2));
        userSets(dialog.city, city);
        _click(dialog.save);
        assertThat(dialog.isOpened()).as("dialog of %s closed after saving", title).isFalse();
    }

    private static Delegation mission() {
        var delegation = new Delegation();
        delegation.setTitle("Biotech mission to Kansai");
        delegation.setDirection(DelegationDirection.OUTBOUND);
        delegation.setHomeCity("Leipzig");
        delegation.setHomeZoneId("Europe/Berlin");
        delegation.setVisitedCities("Osaka, Kobe");
        delegation.setStartDate(LocalDate.of(2026, 1, 11));
        delegation.setEndDate(LocalDate.of(2026, 1, 16));
        delegation.setStatus(DelegationStatus.CONFIRMED);
        return delegation;
    }
}
