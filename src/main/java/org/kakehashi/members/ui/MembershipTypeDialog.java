package org.kakehashi.members.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.members.MembershipType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Adds or edits a membership type; the view saves it. */
class MembershipTypeDialog extends Dialog {

    final TextField name = new TextField();
    final BigDecimalField annualFee = new BigDecimalField();
    final TextField currency = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button history = new Button();

    private final BeanValidationBinder<MembershipType> binder = RequiredFields.binder(MembershipType.class);
    private Consumer<MembershipType> listener = type -> { };

    /** The type's history comes from the view, which reads it through the service. */
    MembershipTypeDialog(MembershipType type, boolean canEdit, Function<Pageable, Page<AuditEntry>> typeHistory) {
        setHeaderTitle(getTranslation(type.isNew() ? "membership-type.add" : "membership-type.edit"));
        name.setLabel(getTranslation("membership-type.name"));
        name.setRequiredIndicatorVisible(true);
        annualFee.setLabel(getTranslation("membership-type.annual-fee"));
        currency.setLabel(getTranslation("dues.currency"));
        currency.setHelperText("SEK, EUR, JPY …");
        description.setLabel(getTranslation("membership-type.description"));
        var form = new FormLayout(name, annualFee, currency, description);
        form.setColspan(description, 2);
        add(form);

        binder.forField(currency)
                .withConverter(code -> code == null ? null : code.strip().toUpperCase(), code -> code)
                .bind("currency");
        binder.bindInstanceFields(this);
        binder.readBean(type);
        binder.setReadOnly(!canEdit);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setVisible(canEdit);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(type)) {
                listener.accept(type);
            }
        });
        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setVisible(!type.isNew());
        history.addClickListener(click -> new HistoryDialog(type.getName(), MemberHistoryLabels.LABELS,
                typeHistory).open());
        getFooter().add(history,
                new Button(getTranslation(canEdit ? "action.cancel" : "action.close"), click -> close()), save);
    }

    void nameTaken() {
        name.setErrorMessage(getTranslation("membership-type.name-taken"));
        name.setInvalid(true);
    }

    void onSave(Consumer<MembershipType> saveListener) {
        listener = saveListener;
    }
}
