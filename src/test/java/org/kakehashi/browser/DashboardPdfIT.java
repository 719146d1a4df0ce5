package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.ReminderFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DashboardPdfIT extends BrowserTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void a_board_member_downloads_the_dashboard_as_a_pdf_that_opens_and_holds_the_figures_shown() throws IOException {
        fixtures.activeMember(fixtures.organisation("Lunds kommun", OrganisationKind.MUNICIPALITY, "Lund"));
        fixtures.activeMember(fixtures.organisation("Söderslätt Foods AB", OrganisationKind.COMPANY, "Trelleborg"),
                fixtures.today().minusDays(1));
        logIn("board", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
        var active = waitFor(".figure-card[data-figure='active-members'] .figure-value").getText();
        var unpaid = waitFor(".figure-card[data-figure='dues-unpaid'] .figure-value").getText();
        waitFor(".chart-panel[data-chart='funnel'] svg");
        screenshot("dashboard");

        browser.findElement(By.cssSelector("a.pdf-download")).click();

        var file = downloaded("kakehashi-dashboard-calendar-", ".pdf");
        assertThat(Files.readAllBytes(file)).startsWith('%', 'P', 'D', 'F');
        try (var pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dashboard", "Active members", "Dues unpaid", "Pipeline by stage",
                    "Outcomes by delegation");
            assertThat(text).containsPattern("Active members\\s+" + active + "\\s");
            assertThat(text).containsPattern("Dues unpaid\\s+" + unpaid + "\\s");
            // the charts are drawn into the PDF with their text kept as text: the funnel's stages are there
            assertThat(text).contains("Negotiation");
        }
    }
}
