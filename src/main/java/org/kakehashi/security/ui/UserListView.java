package org.kakehashi.security.ui;

import static org.springframework.data.domain.Sort.Order.asc;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.HistoryLabels;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;
import org.kakehashi.security.TwoFactorService;
import org.kakehashi.security.UserAdminService;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Sort;

/**
 * The administrator's list of user accounts: create, change the name and roles, disable and enable, reset a password
 * or two-factor login, each after a confirmation; and each account's history of these.
 */
@Route(UserListView.PATH)
@Menu(title = "nav.users", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/accounts.css")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "users";

    private static final HistoryLabels HISTORY_LABELS = new HistoryLabels()
            .field(AppUser.class, "username", "users.username")
            .field(AppUser.class, "displayName", "users.display-name")
            .field(AppUser.class, "roles", "users.roles")
            .field(AppUser.class, "enabled", "accounts.history.enabled")
            .field(AppUser.class, "password", "accounts.history.password", "accounts.history.password.")
            .field(AppUser.class, "twoFactor", "accounts.two-factor");

    final Grid<AppUser> grid = new Grid<>();
    final Button newAccount = new Button();
    AccountDialog accountDialog;
    OneTimePasswordDialog oneTimePasswordDialog;
    ConfirmDialog confirmation;
    HistoryDialog historyDialog;

    private final UserAdminService admin;
    private final TwoFactorService twoFactor;
    private final Clock clock;

    public UserListView(UserService userService, UserAdminService admin, TwoFactorService twoFactor, Clock clock) {
        this.admin = admin;
        this.twoFactor = twoFactor;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setKey("username")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.display-name"))
                .setKey("displayName").setSortable(true).setFlexGrow(2);
        grid.addColumn(user -> user.getRoles().stream().sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("users.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(user -> getTranslation(user.isTwoFactorEnabled() ? "accounts.two-factor.on"
                : "accounts.two-factor.off")).setHeader(getTranslation("accounts.two-factor"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(user -> getTranslation("language." + user.getLocale().getLanguage()))
                .setHeader(getTranslation("users.language")).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> userService
                .page(VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOrDefault(query)))
                .stream());
        grid.setSizeFull();

        newAccount.setText(getTranslation("accounts.new"));
        newAccount.setIcon(VaadinIcon.PLUS.create());
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAccount.addClickListener(click -> openNewAccount());
        add(new ViewHeader(getTranslation("users.title"), newAccount), grid);
    }

    private String status(AppUser user) {
        if (!user.isEnabled()) {
            return getTranslation("users.disabled");
        }
        return getTranslation(user.isLockedAt(clock.instant()) ? "accounts.locked" : "users.enabled");
    }

    private HorizontalLayout actions(AppUser user) {
        var change = new Button(getTranslation("accounts.change"), click -> openChange(user));
        var history = new Button(getTranslation("history.open"), click -> openHistory(user));
        var enable = new Button(getTranslation(user.isEnabled() ? "accounts.disable" : "accounts.enable"),
                click -> confirmEnabled(user, !user.isEnabled()));
        var resetPassword = new Button(getTranslation("accounts.reset-password"), click -> confirmPasswordReset(user));
        var resetTwoFactor = new Button(getTranslation("accounts.reset-two-factor"),
                click -> confirmTwoFactorReset(user));
        resetTwoFactor.setVisible(user.isTwoFactorEnabled());
        for (var button : new Button[] {change, enable, resetPassword, resetTwoFactor, history}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        if (user.isEnabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var actions = new HorizontalLayout(change, enable, resetPassword, resetTwoFactor, history);
        actions.setSpacing(false);
        return actions;
    }

    private void openNewAccount() {
        accountDialog = new AccountDialog(null, this::create);
        accountDialog.open();
    }

    private void create(NewAccount account) {
        try {
            var password = admin.create(account);
            accountDialog.close();
            grid.getDataProvider().refreshAll();
            showOneTimePassword(account.getUsername().strip(), password);
        } catch (UserAdminService.AccountException e) {
            accountDialog.refuse(e.messageKey());
        }
    }

    private void openChange(AppUser user) {
        accountDialog = new AccountDialog(user, changed -> confirmChange(user, changed));
        accountDialog.open();
    }

    private void confirmChange(AppUser user, NewAccount changed) {
        var roles = changed.getRoles().stream().sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        confirm(getTranslation("accounts.change.confirm", user.getUsername(), changed.getDisplayName().strip(), roles),
                getTranslation("accounts.change.save"), false, () -> {
                    try {
                        admin.change(user.getId(), changed);
                        accountDialog.close();
                        grid.getDataProvider().refreshAll();
                    } catch (UserAdminService.AccountException e) {
                        accountDialog.refuse(e.messageKey());
                    }
                });
    }

    private void openHistory(AppUser user) {
        historyDialog = new HistoryDialog(user.getUsername(), HISTORY_LABELS,
                pageable -> admin.history(user.getId(), pageable));
        historyDialog.open();
    }

    private void confirmEnabled(AppUser user, boolean enable) {
        confirm(getTranslation(enable ? "accounts.enable.confirm" : "accounts.disable.confirm", user.getUsername()),
                getTranslation(enable ? "accounts.enable" : "accounts.disable"), !enable, () -> {
                    try {
                        if (enable) {
                            admin.enable(user.getId());
                        } else {
                            admin.disable(user.getId());
                        }
                        grid.getDataProvider().refreshAll();
                    } catch (UserAdminService.AccountException e) {
                        Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
    }

    private void confirmPasswordReset(AppUser user) {
        confirm(getTranslation("accounts.reset-password.confirm", user.getUsername()),
                getTranslation("accounts.reset-password"), true, () -> {
                    var password = admin.resetPassword(user.getId());
                    grid.getDataProvider().refreshAll();
                    showOneTimePassword(user.getUsername(), password);
                });
    }

    private void confirmTwoFactorReset(AppUser user) {
        confirm(getTranslation("accounts.reset-two-factor.confirm", user.getUsername()),
                getTranslation("accounts.reset-two-factor"), true, () -> {
                    twoFactor.reset(user.getId());
                    grid.getDataProvider().refreshAll();
                });
    }

    private void showOneTimePassword(String username, String password) {
        oneTimePasswordDialog = new OneTimePasswordDialog(username, password);
        oneTimePasswordDialog.open();
    }

    private void confirm(String text, String action, boolean destructive, Runnable onConfirm) {
        confirmation = new ConfirmDialog();
        confirmation.setHeader(getTranslation("users.title"));
        confirmation.setText(text);
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("action.cancel"));
        confirmation.setConfirmText(action);
        confirmation.setConfirmButtonTheme(destructive ? "error primary" : "primary");
        confirmation.addConfirmListener(confirmed -> onConfirm.run());
        confirmation.open();
    }

    private static Sort sortOrDefault(com.vaadin.flow.data.provider.Query<AppUser, Void> query) {
        var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
        return sort.isSorted() ? sort : Sort.by(asc("username"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
