package org.kakehashi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.NewAccount;
import org.kakehashi.security.Roles;

/** The administrator's form for a new account: username, name and roles; the password is made for them. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button create = new Button();

    private final BeanValidationBinder<NewAccount> binder = RequiredFields.binder(NewAccount.class);

    /** @param onCreate gets the filled-in account and returns the i18n key of a refusal, or null when created */
    NewAccountDialog(java.util.function.Function<NewAccount, String> onCreate) {
        setHeaderTitle(getTranslation("accounts.new.title"));
        username.setLabel(getTranslation("users.username"));
        displayName.setLabel(getTranslation("users.display-name"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        EntityConstraints.checked(binder, NewAccount.class, username, "username")
                .asRequired(getTranslation("validation.required"))
                .bind(NewAccount::getUsername, NewAccount::setUsername);
        EntityConstraints.checked(binder, NewAccount.class, displayName, "displayName")
                .asRequired(getTranslation("validation.required"))
                .bind(NewAccount::getDisplayName, NewAccount::setDisplayName);
        binder.forField(roles).asRequired(getTranslation("accounts.validation.roles"))
                .bind(NewAccount::getRoles, NewAccount::setRoles);
        binder.readBean(new NewAccount());

        var form = new FormLayout(username, displayName, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24rem");
        add(form);

        create.setText(getTranslation("accounts.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            var account = new NewAccount();
            // validate() first marks every wrong field, which writeBeanIfValid alone does not
            if (binder.validate().isOk() && binder.writeBeanIfValid(account)) {
                var refusal = onCreate.apply(account);
                if (refusal == null) {
                    close();
                } else {
                    username.setErrorMessage(getTranslation(refusal));
                    username.setInvalid(true);
                }
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

}
