package org.kakehashi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class LoginSmokeIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "kakehashi-demo";

    @ParameterizedTest(name = "{0} logs in and lands on /{1}")
    @CsvSource({
        "admin,     users,     Users",
        "secretary, members,   Members",
        "officer,   pipeline,  Pipeline",
        "board,     dashboard, Dashboard",
    })
    void each_role_logs_in_in_a_real_browser_and_lands_on_its_page(String username, String landingPath,
            String title) throws IOException {
        logIn(username, DEMO_PASSWORD);

        wait.until(ExpectedConditions.urlMatches("/" + landingPath + "$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h2.view-title"), title));
        assertThat(waitFor("vaadin-side-nav").getText()).contains("Dashboard", "Members");
        assertThat(waitFor(".user-name").getText()).isNotBlank();
        var screenshot = screenshot("login-" + username);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Log out')]")).click();
        wait.until(ExpectedConditions.urlMatches("/login$"));
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_a_message() throws IOException {
        logIn("secretary", "not-the-password");

        wait.until(ExpectedConditions.urlContains("login?error"));
        var form = waitFor("vaadin-login-form");
        wait.until(driver -> form.getDomAttribute("error") != null);
        assertThat(browser.getPageSource()).doesNotContain("view-title");
        screenshot("login-failed");
    }
}
