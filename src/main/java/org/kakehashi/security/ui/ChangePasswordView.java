package org.kakehashi.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.UserService;

/** Users change their own password here; a user with a one-time password is kept here until they do. */
@Route(ChangePasswordView.PATH)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "password";

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button save = new Button();

    private final UserService userService;

    public ChangePasswordView(UserService userService, CurrentUser currentUser) {
        this.userService = userService;
        currentPassword.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.policy", UserService.PASSWORD_MIN));
        repeatPassword.setLabel(getTranslation("password.repeat"));
        for (var field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setRequiredIndicatorVisible(true);
        }
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());

        var form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setMaxWidth("30rem");
        add(new ViewHeader(getTranslation("password.title")));
        if (currentUser.get().map(user -> user.mustChangePassword()).orElse(false)) {
            add(new Paragraph(getTranslation("password.must-change")));
        }
        add(form, save);
    }

    private void save() {
        for (var field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setInvalid(false);
        }
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            showError(repeatPassword, "password.error.mismatch");
            return;
        }
        try {
            userService.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (UserService.PasswordChangeException e) {
            showError(e.messageKey().equals("password.error.current-wrong") ? currentPassword : newPassword,
                    e.messageKey());
            return;
        }
        for (var field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.clear();
        }
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(HomeView.class));
    }

    private void showError(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey, UserService.PASSWORD_MIN, UserService.PASSWORD_MAX));
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
