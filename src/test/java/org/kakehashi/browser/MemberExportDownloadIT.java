package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class MemberExportDownloadIT extends BrowserTest {

    @Test
    void the_secretary_downloads_the_filtered_member_list_as_csv_that_a_spreadsheet_reads_in_utf8() throws IOException {
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
