package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    private WebElement cardIn(String stage, String leadId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(cardSelector(stage, leadId)));
    }

    private static By cardSelector(String stage, String leadId) {
        return By.cssSelector(".stage-column[data-stage='" + stage + "'] .lead-card[data-lead-id='" + leadId + "']");
    }
}
