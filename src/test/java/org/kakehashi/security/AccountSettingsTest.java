package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.security.ui.ChangePasswordView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What users change of their own account: the language, and the password. */
class AccountSettingsTest extends UiTest {

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void the_chosen_language_changes_the_page_at_once_and_is_kept_for_the_next_login() {
        createUser("language-tester", false);
        login("language-tester");
        UI.getCurrent().navigate("members");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class);
        userSets(language, Locale.JAPANESE);

        assertThat(navigationLabels()).contains("会員", "視察団");
        login("language-tester");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.JAPANESE);
        UI.getCurrent().navigate("members");
        assertThat(navigationLabels()).contains("会員");
    }

    @Test
    void a_user_with_a_one_time_password_must_choose_a_new_one_before_going_anywhere() {
        createUser("one-time-tester", true);
        login("one-time-tester");

        UI.getCurrent().navigate("members");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("password");

        fillIn("Current password", "first-password-123");
        fillIn("New password", "short");
        fillIn("Repeat the new password", "short");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").getErrorMessage()).isEqualTo("The password must have at least 12 characters.");

        fillIn("New password", "a long and private phrase");
        fillIn("Repeat the new password", "a long and private phrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("members");
        var stored = users.findByUsernameIgnoreCase("one-time-tester").orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("a long and private phrase", stored.getPasswordHash())).isTrue();
    }

    @Test
    void a_wrong_current_password_is_shown_at_its_field_and_changes_nothing() {
        createUser("careful-tester", false);
        login("careful-tester");
        UI.getCurrent().navigate(ChangePasswordView.class);

        fillIn("Current password", "not-my-password");
        fillIn("New password", "a long and private phrase");
        fillIn("Repeat the new password", "a long and private phrase");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).isEqualTo("The current password is not right.");
        var stored = users.findByUsernameIgnoreCase("careful-tester").orElseThrow();
        assertThat(passwordEncoder.matches("first-password-123", stored.getPasswordHash())).isTrue();
    }

    @Test
    void a_common_password_is_refused_at_its_field_in_the_users_language() {
        createUser("common-tester", false);
        var user = users.findByUsernameIgnoreCase("common-tester").orElseThrow();
        user.setLocale(Locale.JAPANESE);
        users.save(user);
        login("common-tester");
        UI.getCurrent().navigate(ChangePasswordView.class);

        var fields = _find(PasswordField.class);
        userSets(fields.get(0), "first-password-123");
        userSets(fields.get(1), "qwerty123456");
        userSets(fields.get(2), "qwerty123456");
        _click(_get(Button.class, spec -> spec.withText("パスワードを変更")));

        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage()).isEqualTo("このパスワードは推測されやすいです（よく使われるパスワードそのもの、またはそれを元にしたものです）。自分だけの長いフレーズを選んでください。");
        assertThat(passwordEncoder.matches("first-password-123",
                users.findByUsernameIgnoreCase("common-tester").orElseThrow().getPasswordHash())).isTrue();
    }

    private void createUser(String username, boolean mustChangePassword) {
        var user = new AppUser(username, "Test " + username, passwordEncoder.encode("first-password-123"),
                Set.of(Roles.SECRETARY));
        user.setMustChangePassword(mustChangePassword);
        users.save(user);
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    private static void fillIn(String label, String value) {
        userSets(field(label), value);
    }

    private static java.util.List<String> navigationLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
