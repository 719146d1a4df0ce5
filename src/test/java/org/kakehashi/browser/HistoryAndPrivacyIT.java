package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ReminderFixtures;
import org.kakehashi.security.SystemAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The history dialog and the privacy review as a secretary sees them in the browser (screenshots for a look). */
class HistoryAndPrivacyIT extends BrowserTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_secretary_reads_an_organisations_history_in_a_dialog() throws IOException {
        var id = new long[1];
        var lundUniversity = fixtures.organisation("Lund University", OrganisationKind.UNIVERSITY, "Lund");
        SystemAccess.run(() -> {
            var lund = organisations.get(lundUniversity.getId()).orElseThrow();
            lund.setWebsite("https://www.lu.se/en");
            lund.setNotes("Board member since 2019; hosts the spring seminar");
            id[0] = organisations.save(lund).getId();
        });
        logIn("secretary", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/members$"));
        open("members/" + id[0]);

        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='History']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "https://www.lu.se/en"));
        var overlay = browser.findElement(By.tagName("body")).getText();
        assertThat(overlay).contains("History of Lund University", "Organisation changed", "Website", "Notes",
                "system");
        screenshot("history-dialog");
    }

    @Test
    void the_secretary_reviews_contacts_without_consent_and_erases_one_after_confirming() throws IOException {
        // Four contacts of a member, as if last changed years ago and never asked for consent
        var member = fixtures.activeMember(fixtures.organisation("Öresund Biotech AB", OrganisationKind.COMPANY,
                "Lund"));
        var ids = java.util.stream.Stream.of("Lindqvist", "Bergström", "Svensson", "Karlsson")
                .map(family -> fixtures.contact(member, "Maria", family, "sv", null, false).getId().toString())
                .collect(Collectors.joining(", "));
        jdbc.update("""
                update contact_person set consent = false, consent_date = null, consent_source = null,
                    created_at = timestamp '2021-05-03 10:00:00', modified_at = timestamp '2021-05-03 10:00:00'
                where id in (%s)""".formatted(ids));
        var first = jdbc.queryForMap("""
                select id, given_name, family_name from contact_person where id in (%s)
                order by family_name, given_name, id limit 1""".formatted(ids));
        var name = first.get("given_name") + " " + first.get("family_name");
        logIn("secretary", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/members$"));
        open("members/privacy-review");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), name));
        screenshot("privacy-review");
        browser.findElements(By.xpath("//vaadin-button[normalize-space(.)='Erase personal data']")).getFirst().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Erase " + name + "?"));
        screenshot("privacy-erase-confirmation");
        browser.findElement(By.cssSelector("vaadin-button[slot='confirm-button']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-notification-card"),
                name + " was erased."));
        assertThat(jdbc.queryForObject("select given_name || ' ' || family_name from contact_person where id = ?",
                String.class, first.get("id"))).isEqualTo("Erased person");
    }
}
