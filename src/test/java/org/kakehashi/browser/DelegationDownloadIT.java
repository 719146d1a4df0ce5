package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kakehashi.delegations.DelegationFilter;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.security.Roles;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;

/** The .ics download of a programme arrives in a real browser, and a calendar library reads it. */
class DelegationDownloadIT extends BrowserTest {

    @Autowired
    private DelegationService delegations;

    @Test
    @WithMockUser(roles = Roles.BOARD)
    void the_board_downloads_a_delegations_programme_as_an_ics_file() throws Exception {
        var kansai = delegations.page(DelegationFilter.all(), Pageable.ofSize(50)).stream()
                .filter(delegation -> delegation.getTitle().startsWith("Biotech mission")).findFirst().orElseThrow();
        var expected = delegations.programme(kansai.getId()).stream()
                .map(org.kakehashi.delegations.ProgrammeItem::getStartInstant).toList();
        var downloads = Files.createTempDirectory("kakehashi-downloads");
        ((HasCdp) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));

        logIn("board", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/dashboard$"));
        open("delegations/" + kansai.getId());
        waitFor("a.ics-download").click();

        var file = downloads.resolve("delegation-" + kansai.getId() + ".ics");
        wait.until(driver -> Files.exists(file) && !hasPartialDownload(downloads));

        screenshot("delegation-programme");
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        var instants = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> ((ZonedDateTime) event.<DateProperty<?>>getProperty(Property.DTSTART).orElseThrow()
                        .getDate()).toInstant())
                .toList();
        assertThat(instants).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.findElement(By.cssSelector("h2.view-title")).getText()).startsWith("Biotech mission");
    }

    @Test
    void the_calendar_lays_a_month_out_in_seven_columns_with_the_mission_on_its_days() throws Exception {
        logIn("officer", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/pipeline$"));
        var year = java.time.LocalDate.now().getYear();
        open("delegations/calendar?date=" + year + "-03-01&period=month");

        var days = waitFor(".calendar-days");
        // the stylesheet of the view is loaded: the days form a grid of seven columns
        wait.until(driver -> "grid".equals(days.getCssValue("display")));
        assertThat(days.getCssValue("grid-template-columns").split(" ")).hasSize(7);
        assertThat(browser.findElements(By.cssSelector("vaadin-button.calendar-delegation")))
                .extracting(element -> element.getText())
                .contains("Biotech mission to Osaka, Kobe, Shonan and Toyohashi");
        screenshot("delegation-calendar");
    }

    private static boolean hasPartialDownload(Path directory) {
        try (var files = Files.list(directory)) {
            return files.anyMatch(path -> path.toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
