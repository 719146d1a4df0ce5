package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.delegations.ProgrammeItemKind;

/** Adds or changes one programme item; fires a save or a delete event, the view calls the service. */
class ProgrammeItemDialog extends Dialog {

    final TextField title = new TextField();
    final Select<ProgrammeItemKind> kind = new Select<>();
    final DateTimePicker start = Pickers.dateTime();
    final DateTimePicker end = Pickers.dateTime();
    final ComboBox<String> zone = new ComboBox<>();
    final TextField city = new TextField();
    final TextField venue = new TextField();
    final OrganisationPicker counterpart;
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    final Button history = new Button();

    private final BeanValidationBinder<ProgrammeItem> binder = new BeanValidationBinder<>(ProgrammeItem.class);
    private final ProgrammeItem item;

    /** The cards exchanged at the item; null for a new item, which has none yet. */
    final BusinessCardsPanel cards;

    ProgrammeItemDialog(ProgrammeItem item, DelegationService delegations, DelegationContactsService contacts) {
        this.item = item;
        setHeaderTitle(getTranslation(item.isNew() ? "programme.add" : "programme.edit"));
        counterpart = new OrganisationPicker(getTranslation("programme.counterpart"), contacts);
        labelFields();
        bindFields();
        binder.readBean(item);

        var form = new FormLayout();
        form.add(title, 2);
        form.add(kind, zone, start, end, city, venue);
        form.add(counterpart, 2);
        form.add(notes, 2);
        add(form);
        cards = item.isNew() ? null : new BusinessCardsPanel(item, contacts);
        if (cards != null) {
            add(cards);
        }
        setUpButtons(delegations);
        getFooter().add(delete, history, cancel, save);
    }

    private void labelFields() {
        title.setLabel(getTranslation("programme.title"));
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(ProgrammeItemKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("programme.kind." + value));
        start.setLabel(getTranslation("programme.start"));
        end.setLabel(getTranslation("programme.end"));
        zone.setLabel(getTranslation("programme.zone"));
        zone.setItems(TimeZones.ids());
        zone.setHelperText(getTranslation("programme.zone.help"));
        city.setLabel(getTranslation("programme.city"));
        venue.setLabel(getTranslation("programme.venue"));
        notes.setLabel(getTranslation("programme.notes"));
    }

    /** By property name, so that the binder checks the item's own constraints (length …) at each field. */
    private void bindFields() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(start).asRequired(required).bind("start");
        binder.forField(end).asRequired(required)
                .withValidator(value -> value == null || start.getValue() == null || value.isAfter(start.getValue()),
                        getTranslation("programme.end-before-start"))
                .bind("end");
        binder.forField(zone).asRequired(required).bind("zoneId");
        binder.forField(city).bind("city");
        binder.forField(venue).bind("venue");
        binder.forField(counterpart).bind("counterpartRef");
        binder.forField(notes).bind("notes");
    }

    private void setUpButtons(DelegationService delegations) {
        save.setText(getTranslation("delegations.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(item)) {
                fireEvent(new SaveEvent(this, item));
            }
        });
        delete.setText(getTranslation("delegations.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(!item.isNew());
        delete.addClickListener(click -> fireEvent(new DeleteEvent(this, item)));
        cancel.setText(getTranslation("delegations.cancel"));
        cancel.addClickListener(click -> close());
        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setVisible(!item.isNew());
        history.addClickListener(click -> new HistoryDialog(item.getTitle(), DelegationHistoryLabels.LABELS,
                pageable -> delegations.programmeItemHistory(item.getId(), pageable)).open());
    }

    /** Shows a refusal of the service (outside the delegation's days) at the start field. */
    void showDateError(String message) {
        start.setErrorMessage(message);
        start.setInvalid(true);
    }

    ProgrammeItem item() {
        return item;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }


    static class SaveEvent extends FormEvent<ProgrammeItemDialog, ProgrammeItem> {
        SaveEvent(ProgrammeItemDialog source, ProgrammeItem item) {
            super(source, item);
        }
    }

    static class DeleteEvent extends FormEvent<ProgrammeItemDialog, ProgrammeItem> {
        DeleteEvent(ProgrammeItemDialog source, ProgrammeItem item) {
            super(source, item);
        }
    }
}
