package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.kakehashi.common.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PostgresTest
@WithMockUser(username = "secretary", roles = "SECRETARY")
class MemberExchangePostgresIT {

    @Autowired
    private MemberExchangeService exchange;

    @Autowired
    private OrganisationService organisations;

    @Test
    void an_imported_register_in_japanese_and_swedish_exports_again_as_csv_and_excel() throws IOException {
        var file = """
                \uFEFForganisation_name;organisation_name_japanese;kind;organisation_number;city;country;contact_family_name;contact_given_name;contact_name_japanese;contact_name_kana;contact_email;contact_language;contact_consent;contact_consent_date;contact_consent_source
                Nagoya Ceramics Co., Ltd.;名古屋セラミックス株式会社;COMPANY;1800-01-777888;Nagoya;JP;Ito;Sakura;伊藤 さくら;いとう さくら;sakura.ito@ceramics.example.jp;ja;yes;2026-01-15;Kobe conference
                Nagoya Ceramics Co., Ltd.;;COMPANY;1800-01-777888;Nagoya;JP;Kato;Daiki;;;daiki@ceramics.example.jp;ja;no;;
                Växjö Glasbruk AB;;COMPANY;556000-0301;Växjö;SE;Öberg;Åsa;;;asa@glas.example.se;sv;yes;2026-02-01;Membership form
                """.getBytes(StandardCharsets.UTF_8);

        var preview = exchange.preview(file, Locale.ENGLISH);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.errors()).isEmpty());
        var result = exchange.importOrganisations(preview, true, Locale.ENGLISH);
        assertThat(result).isEqualTo(new MemberExchangeService.ImportResult(2, 3));

        var again = exchange.preview(file, Locale.ENGLISH);
        assertThat(again.rows()).extracting(ImportRow::duplicateOf)
                .containsOnly("Nagoya Ceramics Co., Ltd. (Nagoya)", "Växjö Glasbruk AB (Växjö)");

        var csv = new ByteArrayOutputStream();
        exchange.exportMembers(OrganisationFilter.all(), ExportFormat.CSV, Translations.SWEDISH, csv);
        assertThat(new String(csv.toByteArray(), StandardCharsets.UTF_8).split("\r\n"))
                .contains("Nagoya Ceramics Co., Ltd.;名古屋セラミックス株式会社;Företag;1800-01-777888;Nagoya;Japan;;;;;;;;;",
                        "Växjö Glasbruk AB;;Företag;556000-0301;Växjö;Sverige;;;;;;;;;");

        var xlsx = new ByteArrayOutputStream();
        exchange.exportMailingList(OrganisationFilter.all(), ExportFormat.XLSX, Locale.ENGLISH, xlsx);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var names = new ArrayList<String>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(2) == null ? ""
                    : row.getCell(2).getStringCellValue()));
            assertThat(names).containsExactly("Name in Japanese", "伊藤 さくら", "");
        }
    }

    @Test
    void an_import_that_fails_after_hundreds_of_rows_leaves_nothing_behind() {
        var rows = new ArrayList<ImportRow>();
        IntStream.rangeClosed(1, 600).forEach(n -> rows.add(row(n + 1, "Rollback Test " + n, "COMPANY")));
        // A row that the preview would have refused, slipped in to make the write fail half-way
        rows.add(row(602, "Rollback Test last", "SHIPYARD"));
        var preview = new ImportPreview(List.of(ImportColumn.ORGANISATION_NAME, ImportColumn.KIND), rows);

        assertThatThrownBy(() -> exchange.importOrganisations(preview, false, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(organisations.count(new OrganisationFilter("Rollback Test", null, null, null, null, true))).isZero();
    }

    private static ImportRow row(int line, String name, String kind) {
        return new ImportRow(line, Map.of(ImportColumn.ORGANISATION_NAME, name, ImportColumn.KIND, kind),
                "name:" + name, true, List.of(), null);
    }
}
