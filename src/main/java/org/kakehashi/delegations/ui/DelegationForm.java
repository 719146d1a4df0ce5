package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.security.UserRef;

/** A delegation's own fields; fires a save event with the changed delegation, or a cancel event. */
class DelegationForm extends FormLayout {

    final TextField title = new TextField();
    final Select<DelegationDirection> direction = new Select<>();
    final Select<DelegationStatus> status = new Select<>();
    final TextField homeCity = new TextField();
    final ComboBox<String> homeZone = new ComboBox<>();
    final TextField visitedCities = new TextField();
    final DatePicker startDate = Pickers.date();
    final DatePicker endDate = Pickers.date();
    final ComboBox<UserRef> responsibleOfficer = new ComboBox<>();
    final OrganisationPicker hostOrganisation;
    final TextArea objectives = new TextArea();
    final TextField sectors = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Delegation> binder = new BeanValidationBinder<>(Delegation.class);
    private Delegation delegation;

    DelegationForm(List<UserRef> officers, DelegationContactsService contacts, boolean editable) {
        addClassName("delegation-form");
        hostOrganisation = new OrganisationPicker(getTranslation("delegation.host-organisation"), contacts);
        labelFields();
        offerChoices(officers);
        bindFields();
        binder.setReadOnly(!editable);
        var actions = actions();
        actions.setVisible(editable);
        layOut(actions);
    }

    private void labelFields() {
        title.setLabel(getTranslation("delegation.title"));
        direction.setLabel(getTranslation("delegation.direction"));
        status.setLabel(getTranslation("delegation.status"));
        homeCity.setLabel(getTranslation("delegation.home-city"));
        homeZone.setLabel(getTranslation("delegation.home-zone"));
        homeZone.setHelperText(getTranslation("delegation.home-zone.help"));
        visitedCities.setLabel(getTranslation("delegation.visited-cities"));
        visitedCities.setHelperText(getTranslation("delegation.visited-cities.help"));
        startDate.setLabel(getTranslation("delegation.start-date"));
        endDate.setLabel(getTranslation("delegation.end-date"));
        responsibleOfficer.setLabel(getTranslation("delegation.responsible-officer"));
        objectives.setLabel(getTranslation("delegation.objectives"));
        sectors.setLabel(getTranslation("delegation.sectors"));
        notes.setLabel(getTranslation("delegation.notes"));
    }

    private void offerChoices(List<UserRef> officers) {
        direction.setItems(DelegationDirection.values());
        direction.setItemLabelGenerator(value -> getTranslation("delegation.direction." + value));
        status.setItems(DelegationStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("delegation.status." + value));
        homeZone.setItems(TimeZones.ids());
        // An inbound delegation's cities are where the visitors come from, an outbound one's where we go
        direction.addValueChangeListener(change -> visitedCities.setLabel(getTranslation(
                change.getValue() == null ? "delegation.visited-cities"
                        : "delegation.visited-cities." + change.getValue())));
        responsibleOfficer.setItems(officers);
        responsibleOfficer.setItemLabelGenerator(UserRef::displayName);
        responsibleOfficer.setClearButtonVisible(true);
    }

    /** By property name, so that the binder checks the delegation's own constraints (length …) at each field. */
    private void bindFields() {
        var required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(direction).asRequired(required).bind("direction");
        binder.forField(status).asRequired(required).bind("status");
        binder.forField(homeCity).asRequired(required).bind("homeCity");
        binder.forField(homeZone).asRequired(required).bind("homeZoneId");
        binder.forField(visitedCities).bind("visitedCities");
        binder.forField(startDate).asRequired(required).bind("startDate");
        binder.forField(endDate).asRequired(required)
                .withValidator(end -> end == null || startDate.getValue() == null
                        || !end.isBefore(startDate.getValue()), getTranslation("delegation.end-before-start"))
                .bind("endDate");
        binder.forField(responsibleOfficer).bind("officerRef");
        binder.forField(hostOrganisation).bind("hostRef");
        binder.forField(objectives).bind("objectives");
        binder.forField(sectors).bind("sectors");
        binder.forField(notes).bind("notes");
        startDate.addValueChangeListener(change -> {
            if (endDate.getValue() != null) {
                binder.validate();
            }
        });
    }

    private HorizontalLayout actions() {
        save.setText(getTranslation("delegations.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.writeBeanIfValid(delegation)) {
                fireEvent(new SaveEvent(this, delegation));
            }
        });
        cancel.setText(getTranslation("delegations.cancel"));
        cancel.addClickListener(click -> {
            binder.readBean(delegation);
            fireEvent(new CancelEvent(this));
        });
        return new HorizontalLayout(save, cancel);
    }

    private void layOut(HorizontalLayout actions) {
        add(title, 2);
        add(direction, status, homeCity, homeZone);
        add(visitedCities, 2);
        add(startDate, endDate, responsibleOfficer, hostOrganisation);
        add(objectives, 2);
        add(sectors, 2);
        add(notes, 2);
        add(actions, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void edit(Delegation delegation) {
        this.delegation = Objects.requireNonNull(delegation);
        binder.readBean(delegation);
    }

    /** Shows a refusal of the service at the field it is about. */
    void showDateError(String message) {
        endDate.setErrorMessage(message);
        endDate.setInvalid(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static class SaveEvent extends FormEvent<DelegationForm, Delegation> {
        SaveEvent(DelegationForm source, Delegation delegation) {
            super(source, delegation);
        }
    }

    static class CancelEvent extends FormEvent<DelegationForm, Void> {
        CancelEvent(DelegationForm source) {
            super(source, null);
        }
    }
}
