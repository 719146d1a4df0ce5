package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ReminderFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class MemberExchangeViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    private MemberExchangeView open(String username) {
        login(username);
        UI.getCurrent().navigate(MemberExchangeView.class);
        return _get(MemberExchangeView.class);
    }

    @Test
    void a_board_member_exports_but_is_offered_no_import() {
        var view = open("board");

        assertThat(view.downloads).extracting(anchor -> anchor.getText()).containsExactly(
                "Member list (CSV)", "Member list (Excel)", "Mailing list (CSV)", "Mailing list (Excel)");
        assertThat(_find(Upload.class)).isEmpty();
        assertThat(view.importSection.isAttached()).isFalse();
    }

    @Test
    void the_member_list_download_holds_the_organisations_the_filters_show() {
        twoOrganisationsInHalmstad();
        var view = open("secretary");
        userSets(view.filterBar.city, "Halmstad");

        var rows = csvRows(_download(view.downloads.getFirst()));

        assertThat(view.exportCount.getText()).isEqualTo(organisations.count(halmstad()) + " organisations");
        assertThat(rows).hasSize((int) organisations.count(halmstad()))
                .allSatisfy(row -> assertThat(row).contains(",Halmstad,"))
                .anySatisfy(row -> assertThat(row).startsWith("Halmstads kommun,ハルムスタッド市,Municipality,"));
    }

    @Test
    void the_secretary_is_offered_the_register_for_re_import_too_and_told_which_is_which() {
        twoOrganisationsInHalmstad();
        var view = open("secretary");
        userSets(view.filterBar.city, "Halmstad");

        assertThat(view.downloads).extracting(anchor -> anchor.getText()).containsExactly(
                "Member list (CSV)", "Member list (Excel)", "Mailing list (CSV)", "Mailing list (Excel)",
                "For re-import: the register in the import's columns (CSV)");
        var register = view.downloads.getLast();
        assertThat(register.getElement().getAttribute("title")).contains("organisation_name, COMPANY");
        assertThat(new String(_download(register), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFForganisation_name,organisation_name_japanese,kind,");
    }

    @Test
    void the_export_menu_of_the_member_list_follows_the_lists_filters() {
        twoOrganisationsInHalmstad();
        login("officer");
        UI.getCurrent().navigate(MemberListView.class);
        var list = _get(MemberListView.class);
        userSets(list.filterBar().city, "Halmstad");

        var menu = _get(MemberExportMenu.class);
        var rows = csvRows(_download(menu.downloads.getFirst()));

        assertThat(rows).hasSize((int) organisations.count(halmstad()));
        var workbook = _download(menu.downloads.get(1));
        assertThat(new String(workbook, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void the_secretary_previews_a_file_and_imports_it_after_confirming() {
        var view = open("secretary");
        var file = """
                organisation_name;kind;city;contact_family_name;contact_given_name;contact_email
                Simrishamn Seaweed AB;COMPANY;Simrishamn;Holm;Alva;alva@seaweed.example.se
                Simrishamn Seaweed AB;COMPANY;Simrishamn;Mori;Ren;ren@seaweed.example.se
                """;

        _upload(view.upload, "members.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(_size(view.previewGrid)).isEqualTo(2);
        assertThat(_getFormatted(view.previewGrid, 0, "check")).isEqualTo("New organisation");
        assertThat(view.previewSummary.getText()).startsWith("2 rows: 1 organisation with 2 contact persons to import; none is likely");
        assertThat(organisations.count(simrishamn())).isZero();

        _click(view.confirmImport);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(organisations.count(simrishamn())).isOne();
        assertThat(view.preview.isVisible()).isFalse();
        NotificationsKt.expectNotifications("Imported 1 organisation with 2 contact persons.");
    }

    @Test
    void a_row_with_errors_is_shown_with_them_and_the_file_cannot_be_imported() {
        var view = open("secretary");
        var file = "organisation_name,kind,website\nSkurup Solar AB,COMPANY,www.no-scheme\nSjöbo Wind AB,COMPANY,\n";

        _upload(view.upload, "members.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(_getFormatted(view.previewGrid, 0, "check"))
                .isEqualTo("website: Not a valid web address; it starts with https:// or http://.");
        assertThat(view.previewSummary.getText()).contains("1 row has an error.");
        assertThat(view.confirmImport.isEnabled()).isFalse();
        assertThat(organisations.count(new OrganisationFilter("Sjöbo Wind", null, null, null, null, true))).isZero();
    }

    @Test
    void a_file_in_the_wrong_encoding_gets_a_clear_message_in_the_users_language() {
        var view = open("secretary");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        var file = "organisation_name;kind;city\nMünchen Japan GmbH;COMPANY;München\n".getBytes(StandardCharsets.ISO_8859_1);

        _upload(view.upload, "members.csv", "text/csv", file);
        MockVaadin.clientRoundtrip(false);

        assertThat(view.importMessage.isVisible()).isTrue();
        assertThat(view.importMessage.getText()).startsWith("Die Datei ist nicht in UTF-8.");
        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void a_likely_duplicate_is_flagged_in_the_preview_and_left_out_unless_the_secretary_says_otherwise() {
        fixtures.organisation("Malmö stad", OrganisationKind.MUNICIPALITY, "Malmö",
                organisation -> organisation.setOrganisationNumber("212000-1176"));
        var view = open("admin");
        var file = "organisation_name,kind,organisation_number,city\n"
                + "City of Malmö,MUNICIPALITY,212000-1176,Malmö\nBåstad Tennis Tech AB,COMPANY,,Båstad\n";

        _upload(view.upload, "members.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(_getFormatted(view.previewGrid, 0, "check"))
                .isEqualTo("Likely already in the register: Malmö stad (Malmö)");
        assertThat(_getFormatted(view.previewGrid, 1, "check")).isEqualTo("New organisation");
        assertThat(view.skipDuplicates.getValue()).isTrue();
        assertThat(view.previewSummary.getText()).startsWith("2 rows: 1 organisation with no contact persons");

        userSets(view.skipDuplicates, false);

        assertThat(view.previewSummary.getText()).startsWith("2 rows: 2 organisations with no contact persons");
        _click(view.discardImport);
        assertThat(view.preview.isVisible()).isFalse();
    }

    @Test
    void an_oversized_or_empty_upload_gets_a_clear_message_and_no_preview() {
        var view = open("secretary");

        _upload(view.upload, "huge.csv", "text/csv", new byte[10 * 1024 * 1024 + 1]);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.importMessage.getText()).isEqualTo("The file is larger than 10 MB. Split it into smaller files.");

        _upload(view.upload, "empty.csv", "text/csv", new byte[0]);
        MockVaadin.clientRoundtrip(false);
        assertThat(view.importMessage.getText()).isEqualTo("The file is empty.");
        assertThat(view.preview.isVisible()).isFalse();
    }

    private void twoOrganisationsInHalmstad() {
        fixtures.activeMember(fixtures.organisation("Halmstads kommun", OrganisationKind.MUNICIPALITY, "Halmstad",
                organisation -> organisation.setNameJapanese("ハルムスタッド市")));
        fixtures.organisation("Halmstad Harbour Tech AB", OrganisationKind.COMPANY, "Halmstad");
    }

    private static List<String> csvRows(byte[] csv) {
        var text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFName,Name in Japanese,Kind,");
        var lines = List.of(text.split("\r\n"));
        return lines.subList(1, lines.size());
    }

    private static OrganisationFilter halmstad() {
        return new OrganisationFilter(null, null, "Halmstad", null, null, false);
    }

    private static OrganisationFilter simrishamn() {
        return new OrganisationFilter("Simrishamn Seaweed", null, null, null, null, true);
    }
}
