package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.SystemAccess;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Markup in a stored name reaches the browser as text: it is shown as typed and never runs. */
class MarkupShownAsTextIT extends BrowserTest {

    @Autowired
    private OrganisationService organisations;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "\"><img src=x onerror=alert(1)>",
    })
    void a_name_with_markup_is_shown_as_text_on_its_page_and_in_its_field_and_no_script_runs(String name)
            throws IOException {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity(name);
        var saved = new Organisation[1];
        SystemAccess.run(() -> saved[0] = organisations.save(organisation));

        logIn("secretary", "kakehashi-demo");
        wait.until(ExpectedConditions.urlMatches("/members$"));
        open("members/" + saved[0].getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h2.view-title"), name));

        assertThat(browser.findElement(By.cssSelector("h2.view-title")).getText()).isEqualTo(name);
        assertThat(browser.findElements(By.cssSelector("h2.view-title img, h2.view-title script, h2.view-title svg")))
                .as("no element was made from the name").isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        var nameField = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-text-field').value");
        assertThat(nameField).isEqualTo(name);
        screenshot("markup-as-text-" + Math.abs(name.hashCode()));
    }
}
