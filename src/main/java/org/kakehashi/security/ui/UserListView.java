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
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;
import org.kakehashi.security.TwoFactorService;
import org.kakehashi.security.UserAdminService;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Sort;

/** The administrator's list of user accounts: create, disable and enable, reset a password or two-factor login. */
@Route(UserListView.PATH)
@Menu(title = "nav.users", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/accounts.css")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "users";

    final Grid<AppUser> grid = new Grid<>();
    final Button newAccount = new Button();
    NewAccountDialog newAccountDialog;
    OneTimePasswordDialog oneTimePasswordDialog;
    ConfirmDialog confirmation;

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
        var enable = new Button(getTranslation(user.isEnabled() ? "accounts.disable" : "accounts.enable"),
                click -> confirmEnabled(user, !user.isEnabled()));
        var resetPassword = new Button(getTranslation("accounts.reset-password"), click -> confirmPasswordReset(user));
        var resetTwoFactor = new Button(getTranslation("accounts.reset-two-factor"),
                click -> confirmTwoFactorReset(user));
        resetTwoFactor.setVisible(user.isTwoFactorEnabled());
        for (var button : new Button[] {enable, resetPassword, resetTwoFactor}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        if (user.isEnabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var actions = new HorizontalLayout(enable, resetPassword, resetTwoFactor);
        actions.setSpacing(false);
        return actions;
    }

    private void openNewAccount() {
        newAccountDialog = new NewAccountDialog(this::create);
        newAccountDialog.open();
    }

    private String create(NewAccount account) {
        try {
            var password = admin.create(account);
            grid.getDataProvider().refreshAll();
            showOneTimePassword(account.getUsername().strip(), password);
            return null;
        } catch (UserAdminService.AccountException e) {
            return e.messageKey();
        }
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
