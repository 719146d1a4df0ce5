package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.security.Roles;
import org.kakehashi.security.SystemAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The .ics download of a programme arrives in a real browser, and a calendar library reads it. */
class DelegationDownloadIT extends BrowserTest {

    @Autowired
    private DelegationService delegations;

    @Test
    @WithMockUser(roles = Roles.BOARD)
    void the_board_downloads_a_delegations_programme_as_an_ics_file() throws Exception {
        var kansai = biotechMissionInMarch();
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
        biotechMissionInMarch();
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

    /** An outbound mission in March of this year, with programme items in Japan and one at home. */
    private Delegation biotechMissionInMarch() {
        var year = LocalDate.now().getYear();
        var saved = new Delegation[1];
        SystemAccess.run(() -> {
            var mission = delegations.save(Fixtures.delegation("Biotech mission to Osaka, Kobe, Shonan and Toyohashi",
                    DelegationDirection.OUTBOUND, "Leipzig", "Osaka, Kobe", LocalDate.of(year, 3, 23),
                    LocalDate.of(year, 3, 31)));
            delegations.saveItem(Fixtures.item(mission, "Briefing at the consulate general",
                    LocalDateTime.of(year, 3, 24, 10, 0), "Asia/Tokyo"));
            delegations.saveItem(Fixtures.item(mission, "Six Leipzig biotech firms present to the cluster",
                    LocalDateTime.of(year, 3, 26, 10, 0), "Asia/Tokyo"));
            delegations.saveItem(Fixtures.item(mission, "Call with the office at home",
                    LocalDateTime.of(year, 3, 30, 4, 30), "Europe/Berlin"));
            saved[0] = mission;
        });
        return saved[0];
    }

    private static boolean hasPartialDownload(Path directory) {
        try (var files = Files.list(directory)) {
            return files.anyMatch(path -> path.toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
