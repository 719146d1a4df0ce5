package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Two-factor login: enrolment with a QR code, the login's second step, recovery codes, and ADMIN's duty to use it. */
@AccountsTestContext
class TwoFactorLoginTest extends UiTest {

    private static final String PASSWORD = "a long and private phrase";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String RECOVERY_CODE = "abcde-fghjk";

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private MutableClock clock;

    @Autowired
    private TwoFactorService twoFactor;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TotpSecrets secrets;

    @Autowired
    private TotpSecretsAtRest secretsAtRest;

    @BeforeEach
    void resetClock() {
        clock.set(AccountsTestContext.NOW);
    }

    @Test
    void a_user_turns_on_two_factor_login_with_a_code_from_the_qr_code_and_gets_ten_recovery_codes() {
        createUser("enrol-tester", Roles.SECRETARY, false);
        login("enrol-tester");
        UI.getCurrent().navigate("account");

        assertThat(_get(com.vaadin.flow.component.html.Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
        var shownKey = _get(Span.class, spec -> spec.withClasses("one-time-secret")).getText().replace(" ", "");
        userSets(codeFromTheApp(), "000000".equals(code(shownKey)) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withText("Turn on")));
        assertThat(codeFromTheApp().isInvalid()).isTrue();
        assertThat(codeFromTheApp().getErrorMessage()).isEqualTo("The code is not right. Enter the code the app shows now.");

        userSets(codeFromTheApp(), code(shownKey));
        _click(_get(Button.class, spec -> spec.withText("Turn on")));

        assertThat(_find(ListItem.class)).hasSize(TwoFactorService.RECOVERY_CODE_COUNT)
                .allSatisfy(item -> assertThat(item.getText()).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        var stored = users.findByUsernameIgnoreCase("enrol-tester").orElseThrow();
        // Kept encrypted: the database holds no trace of the key the app was shown
        assertThat(jdbc.queryForObject("select totp_secret from app_user where id = ?", String.class,
                stored.getId())).startsWith("v1:").doesNotContain(shownKey);
        assertThat(secrets.decrypt(stored.getTotpSecret())).isEqualTo(shownKey);
        assertThat(jdbc.queryForList("select code_hash from app_user_recovery_code where user_id = ?", String.class,
                stored.getId())).hasSize(10).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}"));
    }

    @Test
    void after_the_password_only_the_code_page_opens_and_the_right_code_completes_the_login() throws Exception {
        createUser("code-tester", Roles.SECRETARY, true);
        logInWithPassword("code-tester");

        UI.getCurrent().navigate("members");
        assertThat(currentPath()).isEqualTo("login/code");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("FACTOR_PASSWORD");
        assertThatThrownBy(() -> organisations.page(OrganisationFilter.all(), Pageable.ofSize(1)))
                .isInstanceOf(AccessDeniedException.class);

        userSets(codeField(), "123456".equals(code(SECRET)) ? "654321" : "123456");
        _click(_get(Button.class, spec -> spec.withText("Log in")));
        assertThat(codeField().getErrorMessage())
                .isEqualTo("The code is not right. Try the code the app shows now, or a recovery code.");
        assertThat(currentPath()).isEqualTo("login/code");

        userSets(codeField(), code(SECRET));
        _click(_get(Button.class, spec -> spec.withText("Log in")));

        assertThat(currentPath()).isEqualTo("members");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_SECRETARY", "FACTOR_PASSWORD", "FACTOR_TOTP");
    }

    @Test
    void a_code_of_the_app_and_a_recovery_code_each_log_in_only_once() throws Exception {
        createUser("replay-tester", Roles.OFFICER, true);
        logInWithPassword("replay-tester");
        assertThat(twoFactor.completeLogin(code(SECRET))).isEqualTo(TwoFactorService.SecondStep.LOGGED_IN);

        logInWithPassword("replay-tester");
        assertThat(twoFactor.completeLogin(code(SECRET))).isEqualTo(TwoFactorService.SecondStep.WRONG_CODE);
        assertThat(twoFactor.completeLogin(RECOVERY_CODE.toUpperCase())).isEqualTo(TwoFactorService.SecondStep.LOGGED_IN);

        logInWithPassword("replay-tester");
        assertThat(twoFactor.completeLogin(RECOVERY_CODE)).isEqualTo(TwoFactorService.SecondStep.WRONG_CODE);
        clock.advance(Duration.ofSeconds(30));
        assertThat(twoFactor.completeLogin(code(SECRET))).isEqualTo(TwoFactorService.SecondStep.LOGGED_IN);
        assertThat(jdbc.queryForObject("select count(*) from app_user_recovery_code where user_id = ?", Integer.class,
                users.findByUsernameIgnoreCase("replay-tester").orElseThrow().getId())).isZero();
    }

    @Test
    void five_wrong_codes_lock_the_account_like_five_wrong_passwords() throws Exception {
        createUser("guessing-tester", Roles.BOARD, true);
        logInWithPassword("guessing-tester");
        var wrong = "000000".equals(code(SECRET)) ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(twoFactor.completeLogin(wrong)).isEqualTo(TwoFactorService.SecondStep.WRONG_CODE);
        }

        assertThat(twoFactor.completeLogin(wrong)).isEqualTo(TwoFactorService.SecondStep.REFUSED);
        assertThat(twoFactor.completeLogin(code(SECRET))).isEqualTo(TwoFactorService.SecondStep.REFUSED);
        assertThatThrownBy(() -> logInWithPassword("guessing-tester"))
                .hasMessage("Bad credentials");
    }

    @Test
    void an_administrator_without_two_factor_login_must_set_it_up_before_going_anywhere() {
        createUser("admin-tester", Roles.ADMIN, false);
        login("admin-tester");

        UI.getCurrent().navigate("users");
        assertThat(currentPath()).isEqualTo("account");
        UI.getCurrent().navigate("members");
        assertThat(currentPath()).isEqualTo("account");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("required-notice"))
                .getText()).startsWith("As an administrator");

        var shownKey = _get(Span.class, spec -> spec.withClasses("one-time-secret")).getText().replace(" ", "");
        userSets(codeFromTheApp(), code(shownKey));
        _click(_get(Button.class, spec -> spec.withText("Turn on")));
        _click(_get(Button.class, spec -> spec.withText("I have kept them")));

        assertThat(currentPath()).isEqualTo("users");
        assertThatThrownBy(twoFactor::turnOffOwn).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_user_may_turn_two_factor_login_off_again_after_confirming() {
        createUser("optional-tester", Roles.OFFICER, true);
        login("optional-tester");
        UI.getCurrent().navigate("account");

        _click(_get(Button.class, spec -> spec.withText("Turn off")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        assertThat(users.findByUsernameIgnoreCase("optional-tester").orElseThrow().isTwoFactorEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withText("Turn on")).isVisible()).isTrue();
    }

    @Test
    void the_code_the_rfc_6238_gives_for_its_secret_and_time_completes_the_login() throws Exception {
        // RFC 6238 Appendix B: the secret "12345678901234567890" at 1111111109 s gives 07081804 (six digits: 081804)
        clock.set(java.time.Instant.ofEpochSecond(1111111109));
        var user = new AppUser("rfc-tester", "Test rfc-tester", passwordEncoder.encode(PASSWORD), Set.of(Roles.BOARD));
        user.enableTwoFactor(secrets.encrypt(TotpTest.RFC_SECRET), 0, Set.of());
        users.save(user);
        logInWithPassword("rfc-tester");

        assertThat(twoFactor.completeLogin("081804")).isEqualTo(TwoFactorService.SecondStep.LOGGED_IN);
    }

    @Test
    void a_secret_stored_in_clear_before_is_encrypted_at_the_next_start_and_its_codes_still_log_in()
            throws Exception {
        var user = new AppUser("clear-tester", "Test clear-tester", passwordEncoder.encode(PASSWORD),
                Set.of(Roles.BOARD));
        user.enableTwoFactor(SECRET, 0, Set.of());
        users.save(user);

        assertThat(secretsAtRest.reencrypt()).isPositive();

        var stored = jdbc.queryForObject("select totp_secret from app_user where username = 'clear-tester'",
                String.class);
        assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
        assertThat(secretsAtRest.reencrypt()).as("nothing left to encrypt").isZero();
        logInWithPassword("clear-tester");
        assertThat(twoFactor.completeLogin(code(SECRET))).isEqualTo(TwoFactorService.SecondStep.LOGGED_IN);
    }

    private void createUser(String username, String role, boolean twoFactorEnabled) {
        var user = new AppUser(username, "Test " + username, passwordEncoder.encode(PASSWORD), Set.of(role));
        if (twoFactorEnabled) {
            user.enableTwoFactor(secrets.encrypt(SECRET), 0,
                    Set.of(passwordEncoder.encode(OneTimeSecrets.normalise(RECOVERY_CODE))));
        }
        users.save(user);
    }

    /** The login form's password step, then a fresh page, as after the form's redirect. */
    private void logInWithPassword(String username) throws Exception {
        var result = authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        login(username);
        var context = new SecurityContextImpl(result);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(result);
        // Like Spring's request wrapper, the roles are read from the login as it is now
        request.setUserInRole((user, role) -> SecurityContextHolder.getContext().getAuthentication().getAuthorities()
                .stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private static TextField codeFromTheApp() {
        return _get(TextField.class, spec -> spec.withLabel("Code from the app"));
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withLabel("Code"));
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
