package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

class DashboardPdfIT extends BrowserTest {

    private Path downloads;

    @Override
    protected void configure(ChromeOptions options) throws IOException {
        downloads = Files.createTempDirectory("kakehashi-downloads");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", true));
    }

    @Test
    void a_board_member_downloads_the_dashboard_as_a_pdf_that_opens_and_holds_the_figures_shown() throws IOException {
        logIn("board", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
        var active = waitFor(".figure-card[data-figure='active-members'] .figure-value").getText();
        var unpaid = waitFor(".figure-card[data-figure='dues-unpaid'] .figure-value").getText();
        waitFor(".chart-panel[data-chart='funnel'] svg");
        screenshot("dashboard");

        browser.findElement(By.cssSelector("a.pdf-download")).click();

        var file = wait.until(driver -> finishedDownload("kakehashi-dashboard-calendar-", ".pdf")).orElseThrow();
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

    /** The downloaded file once the browser has finished writing it (no .crdownload left), or nothing yet. */
    private Optional<Path> finishedDownload(String prefix, String suffix) {
        try (var files = Files.list(downloads)) {
            var names = files.toList();
            if (names.stream().anyMatch(path -> path.toString().endsWith(".crdownload"))) {
                return null;
            }
            return names.stream().filter(path -> path.getFileName().toString().startsWith(prefix)
                    && path.getFileName().toString().endsWith(suffix)).findFirst()
                    .map(Optional::of).orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
