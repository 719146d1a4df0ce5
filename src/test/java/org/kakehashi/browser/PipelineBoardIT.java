package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.PipelineTestData;
import org.kakehashi.security.AppUserPrincipal;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class PipelineBoardIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "kakehashi-demo";

    /**
     * Chromium does not start a native HTML5 drag from WebDriver's synthetic mouse, so the test dispatches the
     * browser's own drag events on the card and the column, as a mouse drag does; Vaadin's drag-and-drop
     * connector and the server then do the rest.
     */
    private static final String DRAG_AND_DROP = """
            const [card, column] = arguments;
            const data = new DataTransfer();
            const fire = (target, type) => target.dispatchEvent(
                new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
            fire(card, 'dragstart');
            fire(column, 'dragenter');
            fire(column, 'dragover');
            fire(column, 'drop');
            fire(card, 'dragend');
            """;

    @Test
    void an_officer_drags_a_card_to_another_stage_and_it_stays_there_after_a_reload() throws IOException {
        saveLeadAsOfficer("Sendai Advanced Materials Lab", LeadStage.IDENTIFIED);
        logIn("officer", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/pipeline$"));
        var card = waitFor(".stage-column[data-stage='IDENTIFIED'] .lead-card");
        var leadId = card.getDomAttribute("data-lead-id");
        var company = card.findElement(By.cssSelector(".lead-card-company")).getText();
        var target = browser.findElement(By.cssSelector(".stage-column[data-stage='NEGOTIATION']"));
        assertThat(card.getDomAttribute("draggable")).isEqualTo("true");

        ((JavascriptExecutor) browser).executeScript(DRAG_AND_DROP, card, target);

        var moved = cardIn("NEGOTIATION", leadId);
        assertThat(moved.getText()).contains(company);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(cardSelector("IDENTIFIED", leadId)));
        screenshot("pipeline-board-after-drop");

        browser.navigate().refresh();

        assertThat(cardIn("NEGOTIATION", leadId).getText()).contains(company);
        assertThat(browser.findElements(cardSelector("IDENTIFIED", leadId))).isEmpty();
    }

    @Test
    void at_1400_pixels_every_stage_fits_beside_the_others_without_scrolling_sideways() throws IOException {
        var company = "Hokkaido-Kita-Kyushu-Biotechnology-and-Precision-Instruments-Holdings Kabushiki Kaisha";
        saveLeadAsOfficer(company, LeadStage.NEGOTIATION);
        browser.manage().window().setSize(new Dimension(1400, 900));

        logIn("officer", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/pipeline$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".stage-column[data-stage='NEGOTIATION']"), company));
        var board = waitFor(".lead-board");
        var js = (JavascriptExecutor) browser;
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scrollWidth = ((Number) js.executeScript("return arguments[0].scrollWidth", board)).longValue();
        long clientWidth = ((Number) js.executeScript("return arguments[0].clientWidth", board)).longValue();
        screenshot("pipeline-board-1400");

        assertThat(viewport).isBetween(1380L, 1400L);
        assertThat(scrollWidth).as("the board's width needed, within the %s it has", clientWidth)
                .isLessThanOrEqualTo(clientWidth);
        assertThat(browser.findElements(By.cssSelector(".stage-column"))).hasSize(LeadStage.values().length)
                .allSatisfy(column -> assertThat(column.getRect().getX() + column.getRect().getWidth())
                        .isLessThanOrEqualTo((int) viewport));
        var owner = browser.findElement(By.cssSelector(".stage-column[data-stage='NEGOTIATION'] .lead-card-owner"));
        assertThat(owner.isDisplayed()).as("a narrow column shows its cards compact").isFalse();
    }

    @Autowired
    private LeadService leads;

    @Autowired
    private UserService users;

    @Autowired
    private UserDetailsService userDetails;

    private void saveLeadAsOfficer(String company, LeadStage stage) {
        var principal = (AppUserPrincipal) userDetails.loadUserByUsername("officer");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            var officer = users.activeUsersWithRole(Roles.OFFICER).stream()
                    .filter(user -> user.getUsername().equals("officer")).findFirst().orElseThrow();
            var lead = PipelineTestData.lead(company, officer);
            lead.setStage(stage);
            leads.save(lead);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private WebElement cardIn(String stage, String leadId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(cardSelector(stage, leadId)));
    }

    private static By cardSelector(String stage, String leadId) {
        return By.cssSelector(".stage-column[data-stage='" + stage + "'] .lead-card[data-lead-id='" + leadId + "']");
    }
}
