package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.common.ui.HistoryDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrator creates, changes, disables, enables accounts and resets passwords and two-factor login; each is
 * kept in the account's history.
 */
class UserAdministrationTest extends UiTest {

    private static final String PASSWORD = "a long and private phrase";

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private UserAdminService admin;

    @Autowired
    private TwoFactorService twoFactor;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_administrator_creates_an_account_whose_one_time_password_must_be_changed_at_the_first_login()
            throws Exception {
        login("admin");
        UI.getCurrent().navigate("users");

        _click(_get(Button.class, spec -> spec.withText("New account")));
        userSets(field("Username"), "k.watanabe");
        userSets(field("Name"), "Kenji Watanabe");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class);
        userSets(roles, Set.of(Roles.OFFICER));
        _click(_get(Button.class, spec -> spec.withText("Create")));

        var oneTimePassword = _get(Span.class, spec -> spec.withClasses("one-time-secret")).getText();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(UserService.PASSWORD_MIN);
        var created = users.findByUsernameIgnoreCase("k.watanabe").orElseThrow();
        assertThat(created.getRoles()).containsExactly(Roles.OFFICER);
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getPasswordHash()).doesNotContain(oneTimePassword);
        assertThat(authenticate("k.watanabe", oneTimePassword).isAuthenticated()).isTrue();
        assertThat(rowOf("k.watanabe")).isNotNegative();
    }

    @Test
    void a_new_account_needs_a_free_username_a_name_and_a_role_each_said_at_its_field() {
        login("admin");
        UI.getCurrent().navigate("users");
        _click(_get(Button.class, spec -> spec.withText("New account")));

        _click(_get(Button.class, spec -> spec.withText("Create")));
        assertThat(field("Username").getErrorMessage()).isEqualTo("Required.");
        assertThat(field("Name").getErrorMessage()).isEqualTo("Required.");
        userSets(field("Username"), "two words");
        assertThat(field("Username").getErrorMessage()).isEqualTo("Letters, digits and . _ @ - only, no spaces.");

        assertThat(_get(CheckboxGroup.class).getErrorMessage()).isEqualTo("Choose at least one role.");

        userSets(field("Username"), "Secretary");
        userSets(field("Name"), "A second secretary");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class);
        userSets(roles, Set.of(Roles.SECRETARY));
        _click(_get(Button.class, spec -> spec.withText("Create")));

        assertThat(field("Username").getErrorMessage()).isEqualTo("This username is already taken.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
    }

    @Test
    void a_disabled_account_cannot_log_in_until_it_is_enabled_again_each_after_a_confirmation() throws Exception {
        createUser("leaving-tester");
        login("admin");
        UI.getCurrent().navigate("users");

        clickInRow("leaving-tester", "Disable");
        var confirmation = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirmation))
                .startsWith("Disable the account leaving-tester?");
        assertThat(users.findByUsernameIgnoreCase("leaving-tester").orElseThrow().isEnabled())
                .as("nothing changes before the confirmation").isTrue();
        _fireConfirm(confirmation);

        assertThat(users.findByUsernameIgnoreCase("leaving-tester").orElseThrow().isEnabled()).isFalse();
        assertThatThrownBy(() -> authenticate("leaving-tester", PASSWORD)).isInstanceOf(BadCredentialsException.class);

        clickInRow("leaving-tester", "Enable");
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(authenticate("leaving-tester", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_reset_shows_a_one_time_password_once_and_the_old_password_stops_working() throws Exception {
        createUser("forgot-tester");
        login("admin");
        UI.getCurrent().navigate("users");

        clickInRow("forgot-tester", "Reset password");
        _fireConfirm(_get(ConfirmDialog.class));

        var oneTimePassword = _get(Span.class, spec -> spec.withClasses("one-time-secret")).getText();
        assertThatThrownBy(() -> authenticate("forgot-tester", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(authenticate("forgot-tester", oneTimePassword).isAuthenticated()).isTrue();
        assertThat(users.findByUsernameIgnoreCase("forgot-tester").orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void a_reset_of_two_factor_login_lets_the_user_in_with_the_password_alone() throws Exception {
        var user = createUser("lost-phone-tester");
        user.enableTwoFactor(Totp.newSecret(), 0, Set.of());
        users.save(user);
        assertThat(authenticate("lost-phone-tester", PASSWORD)).isInstanceOf(SecondFactorPending.class);
        login("admin");
        UI.getCurrent().navigate("users");

        clickInRow("lost-phone-tester", "Reset two-factor");
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(authenticate("lost-phone-tester", PASSWORD)).isInstanceOf(UsernamePasswordAuthenticationToken.class);
    }

    @Test
    void only_an_administrator_may_work_on_accounts_and_not_on_their_own_login() {
        var user = createUser("target-tester");
        login("secretary");
        assertThatThrownBy(() -> admin.create(new NewAccount())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.disable(user.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.enable(user.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(user.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.reset(user.getId())).isInstanceOf(AccessDeniedException.class);

        var administrator = login("admin");
        assertThatThrownBy(() -> admin.disable(administrator.userId()))
                .isInstanceOf(UserAdminService.AccountException.class)
                .hasMessage("accounts.error.disable-self");
    }

    @Test
    void the_administrator_changes_an_accounts_name_and_roles_after_a_confirmation_and_its_history_tells_who()
            throws Exception {
        var user = createUser("moving-tester");
        login("admin");
        UI.getCurrent().navigate("users");

        clickInRow("moving-tester", "Change");
        assertThat(field("Username").isReadOnly()).isTrue();
        userSets(field("Name"), "Moved Tester");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles = _get(CheckboxGroup.class);
        userSets(roles, Set.of(Roles.OFFICER, Roles.SECRETARY));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var confirmation = _get(ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(confirmation))
                .startsWith("Change the account moving-tester? Name: Moved Tester. Roles: Officer, Secretary.");
        assertThat(users.findById(user.getId()).orElseThrow().getRoles())
                .as("nothing changes before the confirmation").containsExactly(Roles.BOARD);
        _fireConfirm(confirmation);

        var stored = users.findById(user.getId()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Moved Tester");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(Roles.OFFICER, Roles.SECRETARY);

        clickInRow("moving-tester", "History");
        assertThat(historyRows()).anySatisfy(row -> assertThat(row).containsSubsequence("admin", "Account changed",
                "Roles", "BOARD", "OFFICER, SECRETARY"));
        assertThat(historyRows()).anySatisfy(row -> assertThat(row).containsSubsequence("admin", "Account changed",
                "Name", "Test moving-tester", "Moved Tester"));
    }

    @Test
    void every_account_action_is_kept_in_the_accounts_history_with_who_did_it() {
        login("admin");
        var account = new NewAccount();
        account.setUsername("audited-tester");
        account.setDisplayName("Audited Tester");
        account.setRoles(Set.of(Roles.BOARD));
        admin.create(account);
        var user = users.findByUsernameIgnoreCase("audited-tester").orElseThrow();
        jdbc.update("update app_user set totp_secret = ? where id = ?", Totp.newSecret(), user.getId());

        admin.disable(user.getId());
        admin.enable(user.getId());
        admin.resetPassword(user.getId());
        twoFactor.reset(user.getId());
        account.setRoles(Set.of(Roles.OFFICER));
        admin.change(user.getId(), account);

        assertThat(admin.history(user.getId(), org.springframework.data.domain.Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .containsExactly(
                        tuple("admin", Action.UPDATE, "roles", "BOARD", "OFFICER"),
                        tuple("admin", Action.UPDATE, "twoFactor", "true", "false"),
                        tuple("admin", Action.UPDATE, "password", null, "RESET"),
                        tuple("admin", Action.UPDATE, "enabled", "false", "true"),
                        tuple("admin", Action.UPDATE, "enabled", "true", "false"),
                        tuple("admin", Action.CREATE, "roles", null, "BOARD"),
                        tuple("admin", Action.CREATE, "displayName", null, "Audited Tester"),
                        tuple("admin", Action.CREATE, "username", null, "audited-tester"));
    }

    @Test
    void an_administrator_cannot_take_their_own_admin_role_nor_leave_no_enabled_administrator() {
        var administrator = login("admin");
        var ownRoles = NewAccount.of(users.findById(administrator.userId()).orElseThrow());
        ownRoles.setRoles(Set.of(Roles.OFFICER));
        assertThatThrownBy(() -> admin.change(administrator.userId(), ownRoles))
                .isInstanceOf(UserAdminService.AccountException.class)
                .hasMessage("accounts.error.own-admin-role");

        // Meanwhile another administrator took the role from this one, whose session has not yet made a request
        var deputy = users.save(new AppUser("deputy-admin", "Deputy Admin", passwordEncoder.encode(PASSWORD),
                Set.of(Roles.ADMIN)));
        var otherAdministrators = users.findAll().stream().filter(user -> user.getRoles().contains(Roles.ADMIN)
                && user.isEnabled() && !user.getId().equals(deputy.getId())).toList();
        otherAdministrators.forEach(user -> setRoles(user, Set.of(Roles.OFFICER)));
        try {
            var deputyRoles = NewAccount.of(deputy);
            deputyRoles.setRoles(Set.of(Roles.OFFICER));
            assertThatThrownBy(() -> admin.change(deputy.getId(), deputyRoles))
                    .isInstanceOf(UserAdminService.AccountException.class)
                    .hasMessage("accounts.error.last-administrator");
            assertThatThrownBy(() -> admin.disable(deputy.getId()))
                    .isInstanceOf(UserAdminService.AccountException.class)
                    .hasMessage("accounts.error.last-administrator");
            assertThat(users.findById(deputy.getId()).orElseThrow().getRoles()).containsExactly(Roles.ADMIN);
            assertThat(users.findById(deputy.getId()).orElseThrow().isEnabled()).isTrue();
        } finally {
            otherAdministrators.forEach(user -> setRoles(user, Set.of(Roles.ADMIN)));
        }
    }

    private void setRoles(AppUser user, Set<String> roles) {
        var stored = users.findById(user.getId()).orElseThrow();
        stored.setRoles(roles);
        users.save(stored);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.List<java.util.List<String>> historyRows() {
        var grid = _get(HistoryDialog.class).getChildren().filter(Grid.class::isInstance).map(child -> (Grid<?>) child).findFirst().orElseThrow();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> grid.getColumns().stream()
                .map(column -> GridKt.getPresentationValue((Grid.Column) column, GridKt._get(grid, row)))
                .map(String::valueOf).toList()).toList();
    }

    private AppUser createUser(String username) {
        return users.save(new AppUser(username, "Test " + username, passwordEncoder.encode(PASSWORD),
                Set.of(Roles.BOARD)));
    }

    private Authentication authenticate(String username, String password) throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @SuppressWarnings("unchecked")
    private static int rowOf(String username) {
        Grid<AppUser> grid = _get(Grid.class);
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).getUsername().equals(username)) {
                return row;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static void clickInRow(String username, String action) {
        Grid<AppUser> grid = _get(Grid.class);
        int row = rowOf(username);
        assertThat(row).as("%s is listed", username).isNotNegative();
        var actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText(action)));
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
