package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.ReminderFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class MemberExportDownloadIT extends BrowserTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void the_secretary_downloads_the_filtered_member_list_as_csv_that_a_spreadsheet_reads_in_utf8() throws IOException {
        fixtures.activeMember(fixtures.organisation("Halmstads kommun", OrganisationKind.MUNICIPALITY, "Halmstad",
                organisation -> organisation.setNameJapanese("ハルムスタッド市")));
        fixtures.activeMember(fixtures.organisation("Halmstad University", OrganisationKind.UNIVERSITY, "Halmstad",
                organisation -> organisation.setNameJapanese("ハルムスタッド大学")));
        fixtures.activeMember(fixtures.organisation("Kattegatt Marine Systems AB", OrganisationKind.COMPANY,
                "Halmstad"));
        logIn("secretary", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/members$"));
        open("members/exchange");

        var search = waitFor(".filter-bar vaadin-text-field input");
        search.sendKeys("ハルムスタッド"); // the two names in Japanese, not the other members in Halmstad
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".export-count"),
                "2 organisations"));
        browser.findElement(By.xpath("//a[contains(@class, 'export-download') and text()='Member list (CSV)']"))
                .click();

        var file = downloaded("members-", ".csv");
        var bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.getFirst()).startsWith("Name,Name in Japanese,Kind,");
        assertThat(lines.subList(1, lines.size())).hasSize(2)
                .anySatisfy(row -> assertThat(row).startsWith("Halmstad University,ハルムスタッド大学,University,"))
                .anySatisfy(row -> assertThat(row).startsWith("Halmstads kommun,ハルムスタッド市,Municipality,"));
        screenshot("member-export");
    }

    @Test
    void a_board_member_downloads_the_mailing_list_as_excel_from_the_export_menu_of_the_member_list()
            throws IOException {
        var member = fixtures.activeMember(fixtures.organisation("Kobe Regenerative Medicine Lab",
                OrganisationKind.RESEARCH_INSTITUTE, "Kobe"));
        var contact = fixtures.contact(member, "Aiko", "Nakamura", "ja", "aiko.nakamura@example.org", true);
        contact.setNameJapanese("中村 愛子");
        contact.setConsent(true);
        contact.setConsentDate(LocalDate.of(2026, 4, 1));
        contact.setConsentSource("Membership application form");
        fixtures.save(contact);
        logIn("board", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
        open("members");

        waitFor("vaadin-menu-bar vaadin-menu-bar-button").click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[contains(@class, 'export-download') and text()='Mailing list (Excel)']"))).click();

        var file = downloaded("mailing-list-", ".xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Family name");
            var japaneseNames = new ArrayList<String>();
            sheet.forEach(row -> {
                var cell = row.getCell(2);
                japaneseNames.add(cell == null ? "" : cell.getStringCellValue());
            });
            assertThat(sheet.getLastRowNum()).isPositive();
            assertThat(japaneseNames).contains("中村 愛子");
        }
    }
}
