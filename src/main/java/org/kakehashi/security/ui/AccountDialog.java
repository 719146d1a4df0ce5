package org.kakehashi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;

/**
 * The administrator's form of an account: username, name and roles for a new one (its password is made for it),
 * name and roles for an existing one (its username stays).
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button save = new Button();

    private final BeanValidationBinder<NewAccount> binder = RequiredFields.binder(NewAccount.class);
    private final boolean existing;

    /**
     * @param account the account to change, or null for a new one
     * @param onSave gets the filled-in account; the caller closes the dialog or calls {@link #refuse}
     */
    AccountDialog(AppUser account, Consumer<NewAccount> onSave) {
        existing = account != null;
        setHeaderTitle(existing ? getTranslation("accounts.change.title", account.getUsername())
                : getTranslation("accounts.new.title"));
        username.setLabel(getTranslation("users.username"));
        username.setReadOnly(existing);
        displayName.setLabel(getTranslation("users.display-name"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        binder.forField(username).asRequired(getTranslation("validation.required")).bind("username");
        binder.forField(displayName).asRequired(getTranslation("validation.required")).bind("displayName");
        binder.forField(roles).asRequired(getTranslation("accounts.validation.roles")).bind("roles");
        binder.readBean(existing ? NewAccount.of(account) : new NewAccount());

        var form = new FormLayout(username, displayName, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(form);

        save.setText(getTranslation(existing ? "accounts.change.save" : "accounts.new.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var filledIn = new NewAccount();
            // validate() first marks every wrong field, which writeBeanIfValid alone does not
            if (binder.validate().isOk() && binder.writeBeanIfValid(filledIn)) {
                onSave.accept(filledIn);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** Shows why the service refused the account: at the username for a new one, at the roles for a change. */
    void refuse(String messageKey) {
        var field = existing ? roles : username;
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }
}
