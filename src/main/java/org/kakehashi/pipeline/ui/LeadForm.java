package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.delegations.DelegationRef;
import org.kakehashi.delegations.ProgrammeItemRef;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.pipeline.InterestKind;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadLinkService;
import org.kakehashi.pipeline.LeadLinks;
import org.kakehashi.pipeline.LeadSource;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.ProjectType;
import org.kakehashi.security.UserRef;
import org.springframework.data.domain.PageRequest;

/**
 * The fields of a lead and of what it links to, edited in a buffer: Cancel leaves the lead as it was. The form fires
 * a save or cancel event; the view calls the service. The probability follows the stage until the user types one of
 * their own.
 */
class LeadForm extends VerticalLayout {

    static final List<String> CURRENCIES = List.of("EUR", "SEK", "JPY", "USD", "DKK", "NOK", "GBP", "CHF");

    final TextField companyName = new TextField();
    final TextField companyNameJapanese = new TextField();
    final TextField headquarters = new TextField();
    final TextField country = new TextField();
    final TextField sector = new TextField();
    final Select<InterestKind> interestKind = new Select<>();
    final Select<LeadStage> stage = new Select<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final Select<LeadSource> source = new Select<>();
    final ComboBox<OrganisationRef> referringPartner = new ComboBox<>();
    final Select<ProjectType> projectType = new Select<>();
    final TextField competingLocations = new TextField();
    final DatePicker expectedDecisionDate = Pickers.date();
    final IntegerField estimatedJobs = new IntegerField();
    final BigDecimalField estimatedInvestment = new BigDecimalField();
    final ComboBox<String> investmentCurrency = new ComboBox<>();
    final IntegerField probability = new IntegerField();
    final TextField nextAction = new TextField();
    final DatePicker nextActionDue = Pickers.date();
    final Checkbox confidential = new Checkbox();
    final ComboBox<DelegationRef> sourceDelegation = new ComboBox<>();
    final MultiSelectComboBox<ProgrammeItemRef> metAt = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Lead> binder = new BeanValidationBinder<>(Lead.class);
    private final BeanValidationBinder<LeadLinks> linksBinder = new BeanValidationBinder<>(LeadLinks.class);
    private Lead lead;
    private LeadLinks links;

    LeadForm(List<UserRef> owners, LeadLinkService linkService) {
        addClassName("lead-form");
        setPadding(false);
        setUpFields();
        offerLinks(owners, linkService);
        bindFields();
        add(layout(), buttons());
    }

    /** Labels, the choices of the fixed lists, and the required marks. */
    private void setUpFields() {
        label(companyName, "pipeline.lead.company-name");
        label(companyNameJapanese, "pipeline.lead.company-name-japanese");
        label(headquarters, "pipeline.lead.headquarters");
        label(country, "pipeline.lead.country");
        country.setHelperText(getTranslation("pipeline.lead.country-help"));
        label(sector, "pipeline.lead.sector");
        label(competingLocations, "pipeline.lead.competing-locations");
        label(nextAction, "pipeline.lead.next-action");
        interestKind.setLabel(getTranslation("pipeline.lead.interest-kind"));
        interestKind.setItems(InterestKind.values());
        interestKind.setItemLabelGenerator(kind -> getTranslation("pipeline.interest." + kind.name()));
        stage.setLabel(getTranslation("pipeline.lead.stage"));
        stage.setItems(LeadStage.values());
        stage.setItemLabelGenerator(value -> getTranslation("pipeline.stage." + value.name()));
        stage.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                followStage(change.getOldValue(), change.getValue());
            }
        });
        source.setLabel(getTranslation("pipeline.lead.source"));
        source.setEmptySelectionAllowed(true);
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(value -> value == null ? "" : getTranslation("pipeline.source." + value.name()));
        projectType.setLabel(getTranslation("pipeline.lead.project-type"));
        projectType.setEmptySelectionAllowed(true);
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(
                value -> value == null ? "" : getTranslation("pipeline.project-type." + value.name()));
        expectedDecisionDate.setLabel(getTranslation("pipeline.lead.expected-decision-date"));
        estimatedJobs.setLabel(getTranslation("pipeline.lead.estimated-jobs"));
        estimatedInvestment.setLabel(getTranslation("pipeline.lead.estimated-investment"));
        investmentCurrency.setLabel(getTranslation("pipeline.lead.investment-currency"));
        investmentCurrency.setItems(CURRENCIES);
        investmentCurrency.setAllowCustomValue(true);
        investmentCurrency.addCustomValueSetListener(custom -> investmentCurrency.setValue(custom.getDetail()));
        probability.setLabel(getTranslation("pipeline.lead.probability"));
        probability.setSuffixComponent(new Div("%"));
        nextActionDue.setLabel(getTranslation("pipeline.lead.next-action-due"));
        confidential.setLabel(getTranslation("pipeline.lead.confidential"));
        confidential.setTooltipText(getTranslation("pipeline.lead.confidential-help"));
        List.<HasValue<?, ?>>of(companyName, country, interestKind, stage, owner, investmentCurrency, probability)
                .forEach(required -> required.setRequiredIndicatorVisible(true));
    }

    /** The owner, partner, delegation and programme items to choose from, as the other features publish them. */
    private void offerLinks(List<UserRef> owners, LeadLinkService linkService) {
        owner.setLabel(getTranslation("pipeline.lead.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        referringPartner.setLabel(getTranslation("pipeline.lead.referring-partner"));
        referringPartner.setItemLabelGenerator(OrganisationRef::name);
        referringPartner.setClearButtonVisible(true);
        referringPartner.setItems(query -> linkService.partners(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        sourceDelegation.setLabel(getTranslation("pipeline.lead.source-delegation"));
        sourceDelegation.setItemLabelGenerator(delegation -> delegation.title() + " ("
                + Formats.date(delegation.startDate(), getLocale()) + ")");
        sourceDelegation.setClearButtonVisible(true);
        sourceDelegation.setItems(query -> linkService.delegations(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        metAt.setLabel(getTranslation("pipeline.lead.met-at"));
        metAt.setItemLabelGenerator(item -> item.title() + " (" + Formats.date(item.day(), getLocale()) + ") · "
                + item.delegationTitle());
        // Any delegation's items: a lead from one delegation (or none) may be met again at a later one's
        metAt.setItems(query -> linkService.programmeItems(query.getFilter().orElse(null),
                sourceDelegation.getValue() == null ? null : sourceDelegation.getValue().id(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        sourceDelegation.addValueChangeListener(change -> metAt.getDataProvider().refreshAll());
    }

    /** Each field to its property by name, so the binder checks the property's Jakarta constraints at the field. */
    private void bindFields() {
        binder.bind(companyName, "companyName");
        binder.bind(companyNameJapanese, "companyNameJapanese");
        binder.bind(headquarters, "headquarters");
        binder.bind(country, "country");
        binder.bind(sector, "sector");
        binder.bind(interestKind, "interestKind");
        binder.bind(stage, "stage");
        binder.bind(source, "origin.source");
        binder.bind(projectType, "investment.projectType");
        binder.bind(competingLocations, "investment.competingLocations");
        binder.bind(expectedDecisionDate, "expectedDecisionDate");
        binder.bind(estimatedJobs, "estimatedJobs");
        binder.bind(estimatedInvestment, "investment.amount");
        binder.bind(investmentCurrency, "investment.currency");
        binder.bind(probability, "probability");
        binder.bind(nextAction, "nextAction");
        binder.bind(nextActionDue, "nextActionDue");
        binder.bind(confidential, "confidential");
        linksBinder.bind(owner, "owner");
        linksBinder.bind(referringPartner, "referringPartner");
        linksBinder.bind(sourceDelegation, "sourceDelegation");
        linksBinder.bind(metAt, "metAt");
    }

    private Component layout() {
        var fields = new FormLayout(companyName, companyNameJapanese, headquarters, country, sector, interestKind,
                stage, probability, owner, source, referringPartner, sourceDelegation, metAt, projectType,
                competingLocations, expectedDecisionDate, estimatedJobs, estimatedInvestment, investmentCurrency,
                nextAction, nextActionDue, confidential);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        return fields;
    }

    private Component buttons() {
        save.setText(getTranslation("pipeline.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            // validate() first: writeBeanIfValid alone checks only the fields the user changed
            boolean valid = binder.validate().isOk() & linksBinder.validate().isOk();
            if (valid && binder.writeBeanIfValid(lead)) {
                fireEvent(new SaveEvent(this, lead, chosenLinks()));
            }
        });
        cancel.setText(getTranslation("pipeline.form.cancel"));
        cancel.addClickListener(click -> {
            binder.readBean(lead);
            linksBinder.readRecord(links);
            fireEvent(new CancelEvent(this));
        });
        return new HorizontalLayout(save, cancel);
    }

    /** Shows the lead and its links; nothing reaches the lead until a valid save. */
    void edit(Lead lead, LeadLinks links, boolean editable) {
        this.lead = lead;
        this.links = links;
        binder.readBean(lead);
        linksBinder.readRecord(links);
        binder.setReadOnly(!editable);
        linksBinder.setReadOnly(!editable);
        save.setVisible(editable);
        cancel.setVisible(editable);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private LeadLinks chosenLinks() {
        try {
            return linksBinder.writeRecord();
        } catch (ValidationException checkedJustBefore) {
            throw new IllegalStateException(checkedJustBefore);
        }
    }

    /** A probability left at the old stage's default (or empty) takes the new stage's default. */
    private void followStage(LeadStage from, LeadStage to) {
        var current = probability.getValue();
        if (current == null || from == null || current == from.defaultProbability()) {
            probability.setValue(to.defaultProbability());
        }
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    static class SaveEvent extends ComponentEvent<LeadForm> {
        private final Lead lead;
        private final LeadLinks links;

        SaveEvent(LeadForm source, Lead lead, LeadLinks links) {
            super(source, false);
            this.lead = lead;
            this.links = links;
        }

        Lead lead() {
            return lead;
        }

        LeadLinks links() {
            return links;
        }
    }

    static class CancelEvent extends ComponentEvent<LeadForm> {
        CancelEvent(LeadForm source) {
            super(source, false);
        }
    }
}
