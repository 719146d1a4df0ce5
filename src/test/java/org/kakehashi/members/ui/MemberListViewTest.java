package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.common.SearchText;
import org.kakehashi.members.MembershipStatus;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ReminderFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class MemberListViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    private MemberListView openList(String username) {
        login(username);
        UI.getCurrent().navigate(MemberListView.class);
        return _get(MemberListView.class);
    }

    @Test
    void the_secretary_lands_on_the_register_and_sees_name_kind_city_type_status_renewal_and_dues() {
        for (int i = 1; i <= 3; i++) {
            fixtures.activeMember(
                    fixtures.organisation("Register Row " + i + " AB", OrganisationKind.COMPANY, "Ystad"));
        }
        var view = openList("secretary");

        assertThat(_size(view.grid)).isGreaterThanOrEqualTo(3);
        userSets(view.filterBar().search, "Register Row");
        assertThat(_fetch(view.grid, 0, 100)).extracting(Organisation::getName)
                .containsExactlyInAnyOrder("Register Row 1 AB", "Register Row 2 AB", "Register Row 3 AB");
        assertThat(view.grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("Name", "Kind", "City", "Membership type", "Status", "Renewal date", "Dues");
    }

    @Test
    void a_search_without_accents_finds_the_names_with_them() {
        fixtures.organisation("Malmö stad", OrganisationKind.MUNICIPALITY, "Malmö");
        fixtures.organisation("Malmö University", OrganisationKind.UNIVERSITY, "Malmö");
        fixtures.organisation("Skurup Seed AB", OrganisationKind.COMPANY, "Malmö");
        var view = openList("secretary");

        userSets(view.filterBar().search, "malmo");

        var found = _fetch(view.grid, 0, 100);
        assertThat(found).extracting(Organisation::getName).contains("Malmö stad", "Malmö University");
        // The others are in Malmö: the search looks at the city too
        assertThat(found).allSatisfy(organisation -> assertThat(
                SearchText.normalise(organisation.getName() + " " + organisation.getCity())).contains("malmo"));
    }

    @Test
    void a_search_finds_a_member_by_its_kana_reading_in_either_kana_and_by_its_city() {
        var view = openList("secretary");
        var organisation = new Organisation();
        organisation.setName("Mikawa Precision Works");
        organisation.setNameJapanese("三河精工");
        organisation.setNameKana("ミカワセイコウ");
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Toyohashi");
        organisation.setCountry("JP");
        organisations.save(organisation);

        for (var search : List.of("みかわせいこう", "ミカワ", "ﾐｶﾜｾｲｺｳ", "toyohashi", "ＴＯＹＯＨＡＳＨＩ")) {
            userSets(view.filterBar().search, search);
            assertThat(_fetch(view.grid, 0, 100)).as(search).extracting(Organisation::getName)
                    .contains("Mikawa Precision Works");
        }
    }

    @Test
    void a_part_of_a_japanese_name_finds_the_organisation() {
        fixtures.organisation("Sakai Precision Optics Co., Ltd.", OrganisationKind.COMPANY, "Sakai",
                organisation -> organisation.setNameJapanese("堺精密光学株式会社"));
        var view = openList("secretary");

        userSets(view.filterBar().search, "精密光学");

        assertThat(_fetch(view.grid, 0, 100)).extracting(Organisation::getName)
                .containsExactly("Sakai Precision Optics Co., Ltd.");
    }

    @Test
    void filters_by_kind_city_and_status_narrow_the_list_to_what_matches_all_of_them() {
        fixtures.organisation("Lund Lens Works AB", OrganisationKind.COMPANY, "Lund");
        fixtures.organisation("Lunds kommun", OrganisationKind.MUNICIPALITY, "Lund");
        var applicant = fixtures.organisation("Newly Joined Optics AB", OrganisationKind.COMPANY, "Malmö");
        fixtures.join(applicant, fixtures.today().minusDays(10), fixtures.today().plusYears(1));
        fixtures.join(fixtures.organisation("Applying University", OrganisationKind.UNIVERSITY, "Lund"),
                fixtures.today().minusDays(10), fixtures.today().plusYears(1));
        var view = openList("secretary");

        userSets(view.filterBar().kind, OrganisationKind.COMPANY);
        userSets(view.filterBar().city, "Lund");
        var companiesInLund = _fetch(view.grid, 0, 100);
        assertThat(companiesInLund).isNotEmpty().allSatisfy(organisation -> {
            assertThat(organisation.getKind()).isEqualTo(OrganisationKind.COMPANY);
            assertThat(organisation.getCity()).isEqualTo("Lund");
        });

        userSets(view.filterBar().city, null);
        userSets(view.filterBar().status, MembershipStatus.APPLICANT);
        assertThat(_fetch(view.grid, 0, 100)).isNotEmpty().allSatisfy(organisation -> {
            assertThat(organisation.getKind()).isEqualTo(OrganisationKind.COMPANY);
            assertThat(organisation.getMembership().getStatus()).isEqualTo(MembershipStatus.APPLICANT);
        });
    }

    @Test
    void an_empty_result_says_what_to_do() {
        var view = openList("secretary");

        userSets(view.filterBar().search, "no organisation is called like this");

        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("Clear the search and filters");
    }

    @Test
    void sorting_by_renewal_date_puts_the_earliest_renewal_first() {
        fixtures.activeMember(fixtures.organisation("Late Renewal AB", OrganisationKind.COMPANY, "Malmö"),
                fixtures.today().plusMonths(9));
        fixtures.activeMember(fixtures.organisation("Early Renewal AB", OrganisationKind.COMPANY, "Malmö"),
                fixtures.today().plusMonths(2));
        var view = openList("secretary");
        userSets(view.filterBar().status, MembershipStatus.ACTIVE);

        _sortByKey(view.grid, "endDate", SortDirection.ASCENDING);

        var endDates = _fetch(view.grid, 0, 100).stream().map(o -> o.getMembership().getEndDate()).toList();
        assertThat(endDates).isSortedAccordingTo(Comparator.<LocalDate>naturalOrder());
        assertThat(_getFormatted(view.grid, 0, "endDate")).isNotBlank();
    }

    @Test
    void selecting_a_row_opens_the_organisation_at_its_own_address() {
        fixtures.organisation("Halmstads kommun", OrganisationKind.MUNICIPALITY, "Halmstad");
        var view = openList("board");
        userSets(view.filterBar().search, "Halmstads kommun");
        var halmstad = _fetch(view.grid, 0, 1).getFirst();

        view.grid.select(halmstad);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("members/" + halmstad.getId());
        assertThat(_get(OrganisationView.class).form.name.getValue()).isEqualTo("Halmstads kommun");
    }

    @Test
    void officers_and_board_members_read_the_register_but_get_no_button_to_add_to_it() {
        for (var reader : new String[] {"officer", "board"}) {
            openList(reader);
            assertThat(_find(Button.class, spec -> spec.withText("New organisation"))).as(reader).isEmpty();
        }
        openList("secretary");
        assertThat(_find(Button.class, spec -> spec.withText("New organisation"))).hasSize(1);
    }
}
