package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.kakehashi.browser.BrowserTest;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * In a real browser, under the security headers: the login changes the session id, grids, dialogs, forms, the QR
 * image and a download work with no Content-Security-Policy violation in the console, logout ends the session, and a
 * user with two-factor login enters the code after the password.
 */
class AccountsBrowserIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "kakehashi-demo";
    private static final String PASSWORD = "a long and private phrase";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    private int port;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private DelegationService delegations;

    @Autowired
    private Clock clock;

    @Override
    protected void configure(ChromeOptions options) {
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void the_administrator_works_under_the_content_security_policy_and_logout_ends_the_session() throws Exception {
        var programme = delegations.save(Fixtures.delegation("Biotech mission to Kansai", DelegationDirection.OUTBOUND,
                "Leipzig", "Osaka, Kobe", java.time.LocalDate.of(2026, 10, 20), java.time.LocalDate.of(2026, 10, 23)));
        var downloads = Files.createTempDirectory("kakehashi-downloads");
        ((HasCdp) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        open("login");
        waitFor("vaadin-login-form");
        var sessionBeforeLogin = browser.manage().getCookieNamed("JSESSIONID").getValue();

        logIn("admin", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/users$"));
        var sessionAfterLogin = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(sessionAfterLogin).isNotEqualTo(sessionBeforeLogin);

        // a grid, a dialog with a form, and a one-time password shown in a second dialog
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid"), "secretary"));
        screenshot("accounts-user-list");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'New account')]")).click();
        waitFor("vaadin-dialog vaadin-text-field");
        var fields = browser.findElements(By.cssSelector("vaadin-dialog vaadin-text-field input"));
        fields.get(0).sendKeys("m.tanaka");
        fields.get(1).sendKeys("Mai Tanaka");
        browser.findElement(By.xpath("//vaadin-checkbox[contains(., 'Secretary')]")).click();
        screenshot("accounts-new-account");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Create')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".one-time-secret")));
        screenshot("accounts-one-time-password");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Close')]")).click();

        // the account page with its QR code, a data: image the policy allows
        browser.findElement(By.cssSelector("a.user-account-link")).click();
        wait.until(ExpectedConditions.urlMatches("/account$"));
        var qr = waitFor("img.qr-code");
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth", qr)).intValue() > 0);
        screenshot("accounts-two-factor-enrolment");

        // a download
        open("delegations/" + programme.getId());
        waitFor("a.ics-download").click();
        var file = downloads.resolve("delegation-" + programme.getId() + ".ics");
        wait.until(driver -> Files.exists(file));

        assertThat(cspViolations()).as("the browser console reports no CSP violation").isEmpty();
        // the console is read indeed: a picture from elsewhere is refused and reported
        ((JavascriptExecutor) browser).executeScript(
                "var i = new Image(); i.src = 'https://elsewhere.example/x.png'; document.body.appendChild(i);");
        wait.until(driver -> !cspViolations().isEmpty());

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Log out')]")).click();
        wait.until(ExpectedConditions.urlMatches("/login$"));
        assertThat(statusOfMembersPageWith(sessionAfterLogin)).as("the old session id no longer logs in")
                .isEqualTo(302);
    }

    @Test
    void a_user_with_two_factor_login_enters_the_code_from_the_app_after_the_password() throws Exception {
        if (users.findByUsernameIgnoreCase("browser-code-tester").isEmpty()) {
            var user = new AppUser("browser-code-tester", "Aiko Morita", passwordEncoder.encode(PASSWORD),
                    Set.of(Roles.OFFICER));
            user.enableTwoFactor(SECRET, 0, Set.of());
            users.save(user);
        }

        logIn("browser-code-tester", PASSWORD);
        wait.until(ExpectedConditions.urlMatches("/login/code$"));
        var code = waitFor("vaadin-text-field input");
        screenshot("accounts-login-second-step");
        code.sendKeys(Totp.code(SECRET, Totp.step(clock.instant())));
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Log in')]")).click();

        wait.until(ExpectedConditions.urlMatches("/pipeline$"));
        assertThat(waitFor(".user-name").getText()).isEqualTo("Aiko Morita");
        assertThat(cspViolations()).isEmpty();
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private int statusOfMembersPageWith(String sessionId) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/members"))
                .header("Cookie", "JSESSIONID=" + sessionId).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
