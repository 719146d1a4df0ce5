package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.SystemAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The history dialog and the privacy review as a secretary sees them in the browser (screenshots for a look). */
class HistoryAndPrivacyIT extends BrowserTest {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_secretary_reads_an_organisations_history_in_a_dialog() throws IOException {
        var id = new long[1];
        SystemAccess.run(() -> {
            var lund = organisations.page(new OrganisationFilter("Lund University", null, null, null, null, false),
                    Pageable.ofSize(1)).getContent().getFirst();
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
        // Four demo contacts, as if last changed years ago and never asked for consent
        jdbc.update("""
                update contact_person set consent = false, consent_date = null, consent_source = null,
                    created_at = timestamp '2021-05-03 10:00:00', modified_at = timestamp '2021-05-03 10:00:00'
                where id in (select id from contact_person order by id limit 4)""");
        jdbc.update("delete from business_card where contact_id in (select id from contact_person order by id limit 4)");
        jdbc.update("delete from delegation_participant where contact_id in "
                + "(select id from contact_person order by id limit 4)");
        var first = jdbc.queryForMap("""
                select id, given_name, family_name from contact_person where id in
                    (select id from contact_person order by id limit 4)
                order by family_name, given_name, id limit 1""");
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
