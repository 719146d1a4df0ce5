package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.AppUser;

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
    final ComboBox<AppUser> responsibleOfficer = new ComboBox<>();
    final OrganisationPicker hostOrganisation;
    final TextArea objectives = new TextArea();
    final TextField sectors = new TextField();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Delegation> binder = new BeanValidationBinder<>(Delegation.class);
    private Delegation delegation;

    DelegationForm(List<AppUser> officers, OrganisationService organisations, boolean editable) {
        addClassName("delegation-form");
        title.setLabel(getTranslation("delegation.title"));
        direction.setLabel(getTranslation("delegation.direction"));
        direction.setItems(DelegationDirection.values());
        direction.setItemLabelGenerator(value -> getTranslation("delegation.direction." + value));
        status.setLabel(getTranslation("delegation.status"));
        status.setItems(DelegationStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("delegation.status." + value));
        homeCity.setLabel(getTranslation("delegation.home-city"));
        homeZone.setLabel(getTranslation("delegation.home-zone"));
        homeZone.setItems(TimeZones.ids());
        homeZone.setHelperText(getTranslation("delegation.home-zone.help"));
        visitedCities.setLabel(getTranslation("delegation.visited-cities"));
        // An inbound delegation's cities are where the visitors come from, an outbound one's where we go
        direction.addValueChangeListener(change -> visitedCities.setLabel(getTranslation(
                change.getValue() == null ? "delegation.visited-cities"
                        : "delegation.visited-cities." + change.getValue())));
        visitedCities.setHelperText(getTranslation("delegation.visited-cities.help"));
        startDate.setLabel(getTranslation("delegation.start-date"));
        endDate.setLabel(getTranslation("delegation.end-date"));
        responsibleOfficer.setLabel(getTranslation("delegation.responsible-officer"));
        responsibleOfficer.setItems(officers);
        responsibleOfficer.setItemLabelGenerator(AppUser::getDisplayName);
        responsibleOfficer.setClearButtonVisible(true);
        hostOrganisation = new OrganisationPicker(getTranslation("delegation.host-organisation"), organisations);
        objectives.setLabel(getTranslation("delegation.objectives"));
        sectors.setLabel(getTranslation("delegation.sectors"));
        notes.setLabel(getTranslation("delegation.notes"));

        checked(title, "title").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getTitle, Delegation::setTitle);
        checked(direction, "direction").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getDirection, Delegation::setDirection);
        checked(status, "status").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getStatus, Delegation::setStatus);
        checked(homeCity, "homeCity").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getHomeCity, Delegation::setHomeCity);
        checked(homeZone, "homeZoneId").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getHomeZoneId, Delegation::setHomeZoneId);
        checked(visitedCities, "visitedCities").bind(Delegation::getVisitedCities, Delegation::setVisitedCities);
        checked(startDate, "startDate").asRequired(getTranslation("validation.required"))
                .bind(Delegation::getStartDate, Delegation::setStartDate);
        checked(endDate, "endDate").asRequired(getTranslation("validation.required"))
                .withValidator(end -> end == null || startDate.getValue() == null
                        || !end.isBefore(startDate.getValue()), getTranslation("delegation.end-before-start"))
                .bind(Delegation::getEndDate, Delegation::setEndDate);
        binder.forField(responsibleOfficer).bind(Delegation::getResponsibleOfficer,
                Delegation::setResponsibleOfficer);
        binder.forField(hostOrganisation).bind(Delegation::getHostOrganisation, Delegation::setHostOrganisation);
        checked(objectives, "objectives").bind(Delegation::getObjectives, Delegation::setObjectives);
        checked(sectors, "sectors").bind(Delegation::getSectors, Delegation::setSectors);
        checked(notes, "notes").bind(Delegation::getNotes, Delegation::setNotes);
        startDate.addValueChangeListener(change -> {
            if (endDate.getValue() != null) {
                binder.validate();
            }
        });
        binder.setReadOnly(!editable);

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
        var actions = new HorizontalLayout(save, cancel);
        actions.setVisible(editable);

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


    /** A binding that shows the entity's own constraints (length, pattern …) at the field. */
    private <V> Binder.BindingBuilder<Delegation, V> checked(HasValue<?, V> field, String property) {
        return EntityConstraints.checked(binder, Delegation.class, field, property);
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
