package org.kakehashi.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kakehashi.reliability.BadInput.assertNoUnexpectedError;
import static org.kakehashi.reliability.BadInput.assertRefusedAtField;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.UiTest;
import org.kakehashi.reliability.BadInput;
import org.kakehashi.reliability.TextLimits;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserAdminService;
import org.kakehashi.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The bad-input campaign over the account forms: the password change, and the administrator's new account. */
class AccountsBadInputTest extends UiTest {

    private static final AtomicLong CASE = new AtomicLong();

    @Autowired
    private UserAdminService admin;

    @Autowired
    private UserService userService;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    // ---- password change ----

    @ParameterizedTest(name = "current password: {0}")
    @EnumSource(BadInput.class)
    void a_wrong_current_password_of_any_kind_is_refused_at_its_field(BadInput input) {
        var account = freshUser();
        var view = openPasswordChange(account.username());
        userSets(view.currentPassword, input.text);
        userSets(view.newPassword, "a long and private phrase");
        userSets(view.repeatPassword, "a long and private phrase");
        _click(view.save);

        assertNoUnexpectedError();
        assertRefusedAtField(view.currentPassword);
        assertLogsInWith(account.username(), account.password());
    }

    @ParameterizedTest(name = "new password: {0}")
    @EnumSource(BadInput.class)
    void a_new_password_is_refused_at_its_field_or_is_the_one_that_logs_in(BadInput input) {
        newPassword(input.text, input.text.length() < UserService.PASSWORD_MIN
                || input.text.length() > UserService.PASSWORD_MAX);
    }

    /** The policy counts characters, bcrypt at most 72 bytes: a long phrase in Japanese has more than that. */
    @ParameterizedTest(name = "new password of {0} characters beyond 72 bytes")
    @ValueSource(ints = {25, 72, 128})
    void a_new_password_longer_than_bcrypt_takes_is_refused_at_its_field(int characters) {
        newPassword("神".repeat(characters), true);
    }

    private void newPassword(String text, boolean refused) {
        var account = freshUser();
        var view = openPasswordChange(account.username());
        userSets(view.currentPassword, account.password());
        userSets(view.newPassword, text);
        userSets(view.repeatPassword, text);
        _click(view.save);

        assertNoUnexpectedError();
        if (refused) {
            assertRefusedAtField(view.newPassword);
            assertLogsInWith(account.username(), account.password());
            return;
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isNotEqualTo("password");
        assertLogsInWith(account.username(), text);
    }

    // ---- the administrator's new account ----

    @ParameterizedTest(name = "username: {0}")
    @EnumSource(BadInput.class)
    void a_username_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        // Letters of any script, digits and . _ @ - only: every one of these has a space or a sign
        newAccount(input.text, "Bad input " + CASE.incrementAndGet(), true, dialog -> dialog.username,
                AppUser::getUsername);
    }

    @ParameterizedTest(name = "username in another script: {0}")
    @ValueSource(strings = {"渡辺.けんじ", "ﾜﾀﾅﾍﾞ_ｹﾝｼﾞ", "مرحبا", "שלום-עולם", "k.o'brien"})
    void a_username_in_any_script_is_stored_and_shown_exactly(String username) {
        var refused = username.contains("'");
        newAccount(username, "Bad input " + CASE.incrementAndGet(), refused, dialog -> dialog.username,
                AppUser::getUsername);
    }

    @ParameterizedTest(name = "display name: {0}")
    @EnumSource(BadInput.class)
    void a_display_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        newAccount("bad-input-" + CASE.incrementAndGet(), input.text, input.refusedWhenRequired(),
                dialog -> dialog.displayName, AppUser::getDisplayName);
    }

    private void newAccount(String username, String displayName, boolean refused,
            Function<AccountDialog, TextField> field, Function<AppUser, String> stored) {
        login("admin");
        long before = userCount();
        UI.getCurrent().navigate(UserListView.class);
        var view = _get(UserListView.class);
        _click(view.newAccount);
        var dialog = view.accountDialog;
        userSets(dialog.username, username);
        userSets(dialog.displayName, displayName);
        userSets(dialog.roles, Set.of(Roles.OFFICER));
        _click(dialog.save);

        assertNoUnexpectedError();
        if (refused) {
            assertRefusedAtField(field.apply(dialog));
            assertThat(userCount()).isEqualTo(before);
            return;
        }
        var expected = field.apply(dialog) == dialog.username ? username : displayName;
        var saved = userService.page(PageRequest.of(0, 1000)).stream()
                .filter(user -> user.getUsername().equals(username)).findFirst().orElseThrow();
        assertThat(stored.apply(saved)).isEqualTo(expected);
        assertThat(IntStream.range(0, _size(view.grid))
                .mapToObj(row -> String.join(" | ", _getFormattedRow(view.grid, row))))
                .anyMatch(row -> row.contains(expected));
    }

    // ---- a paste over the limit arrives whole and is refused at the field ----

    @Test
    void every_text_field_of_the_new_account_dialog_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("admin");
        long before = userCount();
        UI.getCurrent().navigate(UserListView.class);
        var view = _get(UserListView.class);
        _click(view.newAccount);
        var dialog = view.accountDialog;
        userSets(dialog.roles, Set.of(Roles.OFFICER));

        TextLimits.assertEveryTextFieldRefusesTooLongText(dialog, UiTest::userSets, () -> _click(dialog.save),
                dialog.username);
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void a_pasted_new_password_over_the_limit_arrives_whole_and_is_refused_rather_than_cut_to_fit() {
        var account = freshUser();
        var view = openPasswordChange(account.username());
        var pasted = "a long and private phrase, ".repeat(4);
        userSets(view.currentPassword, account.password());
        userSets(view.newPassword, pasted);
        userSets(view.repeatPassword, pasted);
        _click(view.save);

        assertThat(view.newPassword.getElement().getProperty("maxlength")).as("no limit in the browser").isNull();
        assertRefusedAtField(view.newPassword);
        assertLogsInWith(account.username(), account.password());
    }

    // ---- helpers ----

    private record Account(String username, String password) {
    }

    private Account freshUser() {
        login("admin");
        var account = new NewAccount();
        account.setUsername("password-tester-" + CASE.incrementAndGet());
        account.setDisplayName("Password tester");
        account.setRoles(Set.of(Roles.SECRETARY));
        var password = admin.create(account);
        return new Account(account.getUsername(), password);
    }

    private ChangePasswordView openPasswordChange(String username) {
        login(username);
        UI.getCurrent().navigate(ChangePasswordView.class);
        return _get(ChangePasswordView.class);
    }

    private long userCount() {
        return userService.page(PageRequest.of(0, 1)).getTotalElements();
    }

    private void assertLogsInWith(String username, String password) {
        assertThatCode(() -> assertThat(authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated()).isTrue()).doesNotThrowAnyException();
    }
}
