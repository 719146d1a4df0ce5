package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

@SpringBootTest
// Exports and duplicate checks over a whole register: the demo's, switched on here as for the demo data tests
@TestPropertySource(properties = "kakehashi.demo-data.register=true")
@WithMockUser(username = "secretary", roles = "SECRETARY")
class MemberExchangeServiceTest {

    private static final String BOM = "\uFEFF";
    private static final String HEADER = "organisation_name,kind,organisation_number,city,country,"
            + "contact_family_name,contact_given_name,contact_name_japanese,contact_email,contact_language,"
            + "contact_consent,contact_consent_date,contact_consent_source";

    @Autowired
    private MemberExchangeService exchange;

    @Autowired
    private Translations texts;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    // ---------- export ----------

    @Test
    void the_member_list_exports_as_csv_with_a_byte_order_mark_and_only_the_filtered_organisations() throws IOException {
        var lund = new OrganisationFilter(null, null, "Lund", null, null, false);

        var bytes = exportMembers(lund, ExportFormat.CSV, Translations.SWEDISH);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = lines(bytes);
        assertThat(lines.getFirst()).startsWith(BOM + "Namn;Namn på japanska;Typ;Organisationsnummer;Ort;Land;");
        var rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize((int) organisations.count(lund))
                .anySatisfy(row -> assertThat(row).startsWith("Lund University;ルンド大学;Universitet;202100-3211;Lund;Sverige"))
                .allSatisfy(row -> assertThat(row.split(";", -1)[4]).isEqualTo("Lund"));
    }

    @Test
    void an_english_csv_export_uses_commas_and_quotes_the_cells_that_hold_one() throws IOException {
        var osaka = new OrganisationFilter("Osaka Precision", null, null, null, null, false);

        var lines = lines(exportMembers(osaka, ExportFormat.CSV, Locale.ENGLISH));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"Osaka Precision Machinery Co., Ltd.\",大阪精密機械株式会社,Company,"
                + "1200-01-123456,Osaka,Japan,");
    }

    @Test
    void the_member_list_exports_as_an_excel_workbook_with_real_dates() throws IOException {
        var bytes = exportMembers(OrganisationFilter.all(), ExportFormat.XLSX, Locale.ENGLISH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) organisations.count(OrganisationFilter.all()));
            var names = new ArrayList<String>();
            sheet.forEach(row -> names.add(row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue()));
            assertThat(names).contains("大阪精密機械株式会社", "マルメ市");
            var renewal = sheet.getRow(1).getCell(MemberExport.headers(MemberExport.MEMBER_LIST, texts, Locale.ENGLISH).indexOf("Renewal date"));
            assertThat(renewal.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(renewal.getLocalDateTimeCellValue()).isNotNull();
        }
    }

    @Test
    void the_mailing_list_holds_only_the_contacts_who_consented() throws IOException {
        var filter = new OrganisationFilter(null, null, "Malmö", null, null, false);
        var expected = new ArrayList<String>();
        organisations.page(filter, Pageable.ofSize(100)).forEach(organisation ->
                contacts.ofOrganisation(organisation.getId()).stream().filter(ContactPerson::isConsent)
                        .forEach(contact -> expected.add(contact.getEmail())));
        assertThat(expected).isNotEmpty();

        var out = new ByteArrayOutputStream();
        exchange.exportMailingList(filter, ExportFormat.CSV, Locale.ENGLISH, out);

        var lines = lines(out.toByteArray());
        var emailColumn = List.of(lines.getFirst().substring(1).split(",")).indexOf("Email");
        var emails = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1)[emailColumn]).toList();
        assertThat(emails).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_lists_are_headed_and_worded_in_the_users_language() throws IOException {
        var name = "Wording Test Universität " + System.nanoTime();
        var file = csv("organisation_name,kind,city,country,contact_family_name,contact_given_name,contact_email,"
                + "contact_language,contact_primary,contact_consent,contact_consent_date,contact_consent_source",
                name + ",UNIVERSITY,Jena,DE,Vogel,Anna,anna@uni.example.de,ja,yes,yes,2026-02-01,Form");
        exchange.importOrganisations(exchange.preview(file, Locale.ENGLISH), false, Locale.ENGLISH);
        var filter = new OrganisationFilter(name, null, null, null, null, false);

        var members = lines(exportMembers(filter, ExportFormat.CSV, Translations.GERMAN));
        var mailing = new ByteArrayOutputStream();
        exchange.exportMailingList(filter, ExportFormat.CSV, Translations.GERMAN, mailing);

        assertThat(members.getFirst()).isEqualTo(BOM + "Name;Name auf Japanisch;Art;Registernummer;Ort;Land;"
                + "Website;E-Mail;Telefon;Branchen;Mitgliedschaftsart;Mitgliedschaftsstatus;Beginn;Verlängerung am;"
                + "Beitrag");
        assertThat(members.get(1)).isEqualTo(name + ";;Hochschule;;Jena;Deutschland;;;;;;;;;");
        var mailingLines = lines(mailing.toByteArray());
        assertThat(mailingLines.getFirst()).startsWith(BOM + "Nachname;Vorname;");
        assertThat(mailingLines.get(1)).contains(";anna@uni.example.de;", ";日本語;Ja;2026-02-01;Form;" + name
                + ";Jena;Deutschland");
    }

    @Test
    void the_register_for_re_import_keeps_the_import_columns_and_codes_and_imports_again() throws IOException {
        var name = "Roundtrip Test " + System.nanoTime();
        var file = csv(String.join(",", MemberExport.TEMPLATE_HEADER.subList(0, 6)) + ",contact_family_name,"
                        + "contact_given_name,contact_language,contact_primary,contact_consent",
                name + " AB,,COMPANY,556000-9911,Ystad,SE,Lind,Ebba,sv,yes,no",
                name + " AB,,COMPANY,556000-9911,Ystad,SE,Berg,Ola,sv,no,no",
                name + " Institute,京都,RESEARCH_INSTITUTE,,Kyoto,JP,,,,,");
        exchange.importOrganisations(exchange.preview(file, Locale.ENGLISH), false, Locale.ENGLISH);

        var out = new ByteArrayOutputStream();
        exchange.exportRegisterForImport(new OrganisationFilter(name, null, null, null, null, false),
                Translations.SWEDISH, out);

        var lines = lines(out.toByteArray());
        assertThat(lines.getFirst()).isEqualTo(BOM + String.join(";", MemberExport.TEMPLATE_HEADER));
        assertThat(lines.subList(1, lines.size())).containsExactly(
                name + " AB;;COMPANY;556000-9911;Ystad;SE;;;;;;Berg;Ola;;;;;;;sv;no;no;;",
                name + " AB;;COMPANY;556000-9911;Ystad;SE;;;;;;Lind;Ebba;;;;;;;sv;yes;no;;",
                name + " Institute;京都;RESEARCH_INSTITUTE;;Kyoto;JP;;;;;;;;;;;;;;;;;;");
        var again = exchange.preview(out.toByteArray(), Locale.ENGLISH);
        assertThat(again.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.errors()).isEmpty();
            assertThat(row.isDuplicate()).as("the organisations are already in the register").isTrue();
        });
    }

    @Test
    @WithMockUser(username = "board", roles = "BOARD")
    void a_board_member_gets_no_register_for_re_import() {
        assertThatThrownBy(() -> exchange.exportRegisterForImport(OrganisationFilter.all(), Locale.ENGLISH,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "board", roles = "BOARD")
    void a_board_member_exports_both_lists() throws IOException {
        assertThat(exportMembers(OrganisationFilter.all(), ExportFormat.XLSX, Locale.ENGLISH)).isNotEmpty();
        var out = new ByteArrayOutputStream();
        exchange.exportMailingList(OrganisationFilter.all(), ExportFormat.XLSX, Locale.ENGLISH, out);
        assertThat(out.size()).isPositive();
    }

    // ---------- import ----------

    @Test
    void a_file_is_previewed_without_writing_and_then_imported_with_its_contacts() {
        var file = csv(BOM + HEADER,
                "Ystad Ocean Energy AB,COMPANY,556000-0101,Ystad,SE,Lind,Ebba,,ebba@ocean.example.se,sv,yes,2026-03-01,Form",
                "Ystad Ocean Energy AB,company,556000-0101,Ystad,SE,Tanaka,Yui,田中 結衣,yui@ocean.example.se,ja,no,,",
                "Kyoto Textile Lab,RESEARCH_INSTITUTE,,Kyoto,JP,,,,,,,,");

        var preview = exchange.preview(file, Locale.ENGLISH);

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.columns()).hasSize(13).startsWith(ImportColumn.ORGANISATION_NAME, ImportColumn.KIND);
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4);
        assertThat(preview.organisationCount(false)).isEqualTo(2);
        assertThat(preview.contactCount(false)).isEqualTo(2);
        assertThat(countNamed("Ystad Ocean Energy")).isZero();

        var result = exchange.importOrganisations(preview, true, Locale.ENGLISH);

        assertThat(result).isEqualTo(new MemberExchangeService.ImportResult(2, 2));
        var ystad = organisations.page(new OrganisationFilter("Ystad Ocean Energy", null, null, null, null, false),
                Pageable.ofSize(5)).getContent();
        assertThat(ystad).singleElement().satisfies(organisation -> {
            assertThat(organisation.getKind()).isEqualTo(OrganisationKind.COMPANY);
            assertThat(organisation.getCreatedBy()).isEqualTo("secretary");
            assertThat(contacts.ofOrganisation(organisation.getId())).extracting(ContactPerson::getNameJapanese,
                    ContactPerson::getPreferredLanguage, ContactPerson::isConsent)
                    .containsExactlyInAnyOrder(tuple(null, "sv", true),
                            tuple("田中 結衣", "ja", false));
        });
        assertThat(countNamed("Kyoto Textile Lab")).isOne();
    }

    @Test
    void a_file_from_swedish_excel_with_semicolons_quotes_and_no_byte_order_mark_is_read() {
        var file = csv("organisation_name;kind;city;notes",
                "\"Trelleborg \"\"Hamn\"\" AB\";COMPANY;Trelleborg;\"Two lines;",
                "with a semicolon\"",
                "Åhus Äppelodlare ek. för.;ASSOCIATION;Åhus;");

        var preview = exchange.preview(file, Translations.SWEDISH);

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(row -> row.value(ImportColumn.ORGANISATION_NAME), ImportRow::line)
                .containsExactly(tuple("Trelleborg \"Hamn\" AB", 2),
                        tuple("Åhus Äppelodlare ek. för.", 4));
        assertThat(preview.rows().getFirst().value(ImportColumn.NOTES)).isEqualTo("Two lines;\nwith a semicolon");
    }

    @Test
    void the_template_is_a_file_the_import_reads_without_errors() throws IOException {
        var out = new ByteArrayOutputStream();
        exchange.writeImportTemplate(Translations.GERMAN, out);

        var preview = exchange.preview(out.toByteArray(), Translations.GERMAN);

        assertThat(preview.columns()).containsExactly(ImportColumn.values());
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.errors()).isEmpty());
        assertThat(preview.organisationCount(false)).isEqualTo(2);
        assertThat(preview.contactCount(false)).isEqualTo(2);
    }

    @Test
    void a_file_in_another_encoding_is_refused_with_a_clear_message() {
        var latin1 = (HEADER.split(",contact")[0] + "\nMalmö Hamn AB,COMPANY,,Malmö,SE\n").getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(latin1, "exchange.import.error.encoding");
        assertRefused((BOM + "organisation_name,kind\nA,COMPANY").getBytes(StandardCharsets.UTF_16LE),
                "exchange.import.error.encoding");
    }

    @Test
    void a_file_with_unknown_or_missing_columns_is_refused_and_names_them() {
        assertThatThrownBy(() -> exchange.preview(csv("organisation_name,kind,fax", "A,COMPANY,123"), Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class, refused -> {
                    assertThat(refused.translationKey()).isEqualTo("exchange.import.error.unknown-columns");
                    assertThat(refused.parameters()).containsExactly("fax");
                });
        assertThatThrownBy(() -> exchange.preview(csv("Name;City", "Malmö stad;Malmö"), Locale.ENGLISH))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> exchange.preview(csv("organisation_name,city", "A,Lund"), Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class, refused -> {
                    assertThat(refused.translationKey()).isEqualTo("exchange.import.error.missing-columns");
                    assertThat(refused.parameters()).containsExactly("kind");
                });
        assertRefused(csv("organisation_name,kind,KIND", "A,COMPANY,COMPANY"), "exchange.import.error.repeated-columns");
    }

    @Test
    void an_empty_file_and_a_file_with_only_its_header_are_refused() {
        assertRefused(new byte[0], "exchange.import.error.empty");
        assertRefused((BOM + "\r\n \r\n").getBytes(StandardCharsets.UTF_8), "exchange.import.error.empty");
        assertRefused(csv(HEADER), "exchange.import.error.no-rows");
    }

    @Test
    void a_file_over_ten_megabytes_is_refused() {
        var file = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(file, (byte) 'a');

        assertRefused(file, "exchange.import.error.too-large");
    }

    @Test
    void a_file_over_fifty_thousand_rows_is_refused_and_one_with_exactly_that_many_is_read() {
        var rows = IntStream.rangeClosed(1, 50_001).mapToObj(n -> "Company " + n + ",COMPANY").toList();
        var tooMany = csv("organisation_name,kind", rows.toArray(String[]::new));
        assertRefused(tooMany, "exchange.import.error.too-many-rows");

        var justEnough = csv("organisation_name,kind", rows.subList(0, 50_000).toArray(String[]::new));
        assertThat(exchange.preview(justEnough, Locale.ENGLISH).rows()).hasSize(50_000);
    }

    @Test
    void a_cell_whose_quote_is_never_closed_is_refused_with_its_line() {
        assertThatThrownBy(() -> exchange.preview(csv("organisation_name,kind", "A,COMPANY", "\"B,COMPANY"),
                Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class, refused -> {
                    assertThat(refused.translationKey()).isEqualTo("exchange.import.error.unclosed-quote");
                    assertThat(refused.parameters()).containsExactly(3);
                });
    }

    @Test
    void a_bad_row_among_good_ones_shows_its_errors_in_the_users_language_and_nothing_is_imported() {
        var file = csv(HEADER,
                "Good Harbour AB,COMPANY,556000-0201,Ystad,SE,Berg,Ola,,ola@harbour.example.se,sv,no,,",
                "Bad Harbour AB,SHIPYARD,556000-0202,Ystad,Sweden,Berg,,,not-an-email,fi,yes,yesterday,",
                "Fine Harbour AB,COMPANY,556000-0203,Ystad,SE,,,,,,,,");

        var preview = exchange.preview(file, Translations.SWEDISH);

        assertThat(preview.rowsWithErrors()).isOne();
        assertThat(preview.rows().get(0).errors()).isEmpty();
        assertThat(preview.rows().get(2).errors()).isEmpty();
        assertThat(preview.rows().get(1).errors()).contains(
                "country: Välj ett land.",
                "contact_given_name: Obligatoriskt.",
                "contact_email: Inte en giltig e-postadress, som namn@exempel.se.")
                .anySatisfy(error -> assertThat(error).startsWith("kind: Okänd typ \"SHIPYARD\""))
                .anySatisfy(error -> assertThat(error).startsWith("contact_language: Okänt språk \"fi\""))
                .anySatisfy(error -> assertThat(error).startsWith("contact_consent_date: Ett datum som 2026-03-31"))
                .contains("contact_consent: Samtycket behöver datum och var det gavs.");

        assertThatThrownBy(() -> exchange.importOrganisations(preview, false, Translations.SWEDISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(countNamed("Harbour AB")).isZero();
    }

    @Test
    void organisations_already_in_the_register_are_flagged_by_number_or_by_name_and_city() {
        var file = csv("organisation_name,kind,organisation_number,city",
                "City of Malmö,MUNICIPALITY,212000-1124,Malmö",
                "LUND UNIVERSITY,UNIVERSITY,,lund",
                "Lund University,UNIVERSITY,,Halmstad",
                "Helsingborg Ferries Demo AB,COMPANY,,Helsingborg");

        var preview = exchange.preview(file, Locale.ENGLISH);

        assertThat(preview.rows()).extracting(ImportRow::duplicateOf)
                .containsExactly("Malmö stad (Malmö)", "Lund University (Lund)", null, null);
        assertThat(preview.duplicateOrganisationCount()).isEqualTo(2);
        assertThat(preview.organisationCount(true)).isEqualTo(2);
    }

    @Test
    void the_likely_duplicates_are_left_out_of_the_import_when_the_secretary_asks_so() {
        var file = csv("organisation_name,kind,organisation_number,city,contact_family_name,contact_given_name",
                "City of Malmö,MUNICIPALITY,212000-1124,Malmö,Doe,Jane",
                "Helsingborg Ferries Demo AB,COMPANY,,Helsingborg,Roe,Richard");

        var result = exchange.importOrganisations(exchange.preview(file, Locale.ENGLISH), true, Locale.ENGLISH);

        assertThat(result).isEqualTo(new MemberExchangeService.ImportResult(1, 1));
        assertThat(countNamed("City of Malmö")).isZero();
        assertThat(countNamed("Helsingborg Ferries Demo")).isOne();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void an_officer_can_neither_preview_nor_import() {
        assertPreviewAndImportRefused();
    }

    @Test
    @WithMockUser(username = "board", roles = "BOARD")
    void a_board_member_can_neither_preview_nor_import() {
        assertPreviewAndImportRefused();
    }

    // ---------- helpers ----------

    private byte[] exportMembers(OrganisationFilter filter, ExportFormat format, Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        exchange.exportMembers(filter, format, locale, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] csv) {
        return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
    }

    private static byte[] csv(String header, String... rows) {
        var text = header + "\r\n" + Arrays.stream(rows).collect(Collectors.joining("\r\n"));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void assertPreviewAndImportRefused() {
        var file = csv("organisation_name,kind", "Reader Import AB,COMPANY");
        assertThatThrownBy(() -> exchange.preview(file, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        var preview = new ImportPreview(List.of(ImportColumn.ORGANISATION_NAME, ImportColumn.KIND), List.of());
        assertThatThrownBy(() -> exchange.importOrganisations(preview, false, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> exchange.preview(file, Locale.ENGLISH))
                .isInstanceOfSatisfying(ImportException.class,
                        refused -> assertThat(refused.translationKey()).isEqualTo(key));
    }

    private long countNamed(String name) {
        return organisations.count(new OrganisationFilter(name, null, null, null, null, true));
    }
}
