package org.kakehashi.members.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.PrivacyService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Adds or edits one contact person; the caller saves it. */
class ContactDialog extends Dialog {

    final TextField givenName = new TextField();
    final TextField familyName = new TextField();
    final TextField nameJapanese = new TextField();
    final TextField nameKana = new TextField();
    final TextField title = new TextField();
    final TextField titleJapanese = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final Select<String> preferredLanguage = new Select<>();
    final Checkbox primaryContact = new Checkbox();
    final Checkbox consent = new Checkbox();
    final DatePicker consentDate = Pickers.date();
    final TextField consentSource = new TextField();
    final Button save = new Button();
    final Button delete = new Button();
    final Button history = new Button();
    final Button erase = new Button();

    private final BeanValidationBinder<ContactPerson> binder = RequiredFields.binder(ContactPerson.class);
    private final ContactPerson contact;
    private final Button cancel;
    Anchor exportLink;
    private Consumer<ContactPerson> onSave = contact -> { };
    private Consumer<ContactPerson> onDelete = contact -> { };

    ContactDialog(ContactPerson contact, boolean canEdit, List<ContactEncounters.Encounter> encounters) {
        this.contact = contact;
        setHeaderTitle(getTranslation(contact.isNew() ? "contacts.add" : "contacts.edit"));
        setWidth("48rem");
        labelFields();
        var form = new FormLayout(givenName, familyName, nameJapanese, nameKana, title, titleJapanese, email, phone,
                mobile, preferredLanguage, primaryContact, consent, consentDate, consentSource);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        if (!encounters.isEmpty()) {
            add(new H4(getTranslation("contact.met-at")), metAt(encounters));
        }
        bindFields();
        binder.readBean(contact);
        binder.setReadOnly(!canEdit);
        cancel = new Button(getTranslation(canEdit ? "action.cancel" : "action.close"), click -> close());
        setUpButtons(canEdit);
        getFooter().add(delete, history, erase, cancel, save);
    }

    private void labelFields() {
        label(givenName, "contact.given-name");
        label(familyName, "contact.family-name");
        label(nameJapanese, "contact.name-japanese");
        nameJapanese.setPlaceholder("山田 花子");
        label(nameKana, "contact.name-kana");
        nameKana.setPlaceholder("やまだ はなこ");
        label(title, "contact.title");
        label(titleJapanese, "contact.title-japanese");
        email.setLabel(getTranslation("contact.email"));
        label(phone, "contact.phone");
        label(mobile, "contact.mobile");
        preferredLanguage.setLabel(getTranslation("contact.preferred-language"));
        preferredLanguage.setItems(List.of("en", "sv", "de", "ja"));
        preferredLanguage.setItemLabelGenerator(language -> getTranslation("language." + language));
        primaryContact.setLabel(getTranslation("contact.primary"));
        consent.setLabel(getTranslation("contact.consent"));
        consentDate.setLabel(getTranslation("contact.consent-date"));
        label(consentSource, "contact.consent-source");
        consentSource.setPlaceholder(getTranslation("contact.consent-source.placeholder"));
    }

    private UnorderedList metAt(List<ContactEncounters.Encounter> encounters) {
        var metAt = new UnorderedList();
        metAt.addClassName("contact-encounters");
        encounters.forEach(encounter -> metAt.add(new ListItem(
                Formats.date(encounter.date(), getLocale()) + " · " + encounter.description())));
        return metAt;
    }

    private void bindFields() {
        // Consent counts only with its date and source: each is asked for at its own field once consent is ticked
        var dateBinding = binder.forField(consentDate)
                .withValidator(date -> !consent.getValue() || date != null, getTranslation("contact.consent.date-needed"))
                .bind("consentDate");
        var sourceBinding = binder.forField(consentSource)
                .withValidator(source -> !consent.getValue() || !source.isBlank(),
                        getTranslation("contact.consent.source-needed"))
                .bind("consentSource");
        consent.addValueChangeListener(change -> {
            dateBinding.validate();
            sourceBinding.validate();
        });
        binder.bindInstanceFields(this);
    }

    private void setUpButtons(boolean canEdit) {
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(contact)) {
                onSave.accept(contact);
            }
        });
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        save.setVisible(canEdit);
        delete.setVisible(canEdit && !contact.isNew());
        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setVisible(false);
        erase.setText(getTranslation("privacy.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.setVisible(false);
    }

    /** Offers the history of the contact's record. */
    void offerHistory(Function<Pageable, Page<AuditEntry>> source) {
        history.setVisible(!contact.isNew());
        history.addClickListener(click -> new HistoryDialog(contact.getFullName(), MemberHistoryLabels.LABELS,
                source).open());
    }

    /** Offers the export of all that is held on the person, and their erasure. */
    void offerPrivacy(PrivacyService privacy, Runnable afterErase) {
        if (contact.isNew() || contact.isErased()) {
            return;
        }
        exportLink = PrivacyActions.exportLink(privacy, contact);
        getFooter().removeAll();
        getFooter().add(delete, history, exportLink, erase, cancel, save);
        erase.setVisible(true);
        erase.addClickListener(click -> PrivacyActions.confirmErase(privacy, contact, afterErase));
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("contacts.delete.title", contact.getFullName()));
        confirm.setText(getTranslation("contacts.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> onDelete.accept(contact));
        confirm.open();
    }

    void onSave(Consumer<ContactPerson> listener) {
        onSave = listener;
    }

    void onDelete(Consumer<ContactPerson> listener) {
        onDelete = listener;
    }
}
