package org.kakehashi.pipeline.ui;

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
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.pipeline.InterestKind;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadSource;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.ProjectType;
import org.kakehashi.security.AppUser;
import org.springframework.data.domain.PageRequest;

/**
 * The fields of a lead, edited in a buffer: Cancel leaves the lead as it was. The form fires a save or cancel
 * event; the view calls the service. The probability follows the stage until the user types one of their own.
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
    final ComboBox<AppUser> owner = new ComboBox<>();
    final Select<LeadSource> source = new Select<>();
    final ComboBox<Organisation> referringPartner = new ComboBox<>();
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
    final ComboBox<Delegation> sourceDelegation = new ComboBox<>();
    final MultiSelectComboBox<ProgrammeItem> metAt = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Lead> binder = new BeanValidationBinder<>(Lead.class);
    private Lead lead;

    private final DelegationService delegationService;

    LeadForm(List<AppUser> owners, OrganisationService organisationService, DelegationService delegationService) {
        this.delegationService = delegationService;
        addClassName("lead-form");
        setPadding(false);
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
        owner.setLabel(getTranslation("pipeline.lead.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(AppUser::getDisplayName);
        source.setLabel(getTranslation("pipeline.lead.source"));
        source.setEmptySelectionAllowed(true);
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(value -> value == null ? "" : getTranslation("pipeline.source." + value.name()));
        projectType.setLabel(getTranslation("pipeline.lead.project-type"));
        projectType.setEmptySelectionAllowed(true);
        projectType.setItems(ProjectType.values());
        projectType.setItemLabelGenerator(
                value -> value == null ? "" : getTranslation("pipeline.project-type." + value.name()));
        referringPartner.setLabel(getTranslation("pipeline.lead.referring-partner"));
        referringPartner.setItemLabelGenerator(Organisation::getName);
        referringPartner.setClearButtonVisible(true);
        referringPartner.setItems(query -> organisationService.page(
                new OrganisationFilter(query.getFilter().orElse(null), null, null, null, null, false),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        sourceDelegation.setLabel(getTranslation("pipeline.lead.source-delegation"));
        sourceDelegation.setItemLabelGenerator(delegation -> delegation.getTitle() + " ("
                + Formats.date(delegation.getStartDate(), getLocale()) + ")");
        sourceDelegation.setClearButtonVisible(true);
        sourceDelegation.setItems(query -> delegationService.byTitle(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        metAt.setLabel(getTranslation("pipeline.lead.met-at"));
        metAt.setItemLabelGenerator(item -> item.getTitle() + " ("
                + Formats.date(item.getStart().toLocalDate(), getLocale()) + ") · " + item.getDelegation().getTitle());
        // Any delegation's items: a lead from one delegation (or none) may be met again at a later one's
        metAt.setItems(query -> delegationService.itemsByTitle(query.getFilter().orElse(null),
                sourceDelegation.getValue() == null ? null : sourceDelegation.getValue().getId(),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        sourceDelegation.addValueChangeListener(change -> metAt.getDataProvider().refreshAll());
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

        bind(companyName, "companyName", Lead::getCompanyName, Lead::setCompanyName);
        bind(companyNameJapanese, "companyNameJapanese", Lead::getCompanyNameJapanese,
                Lead::setCompanyNameJapanese);
        bind(headquarters, "headquarters", Lead::getHeadquarters, Lead::setHeadquarters);
        bind(country, "country", Lead::getCountry, Lead::setCountry);
        bind(sector, "sector", Lead::getSector, Lead::setSector);
        bind(interestKind, "interestKind", Lead::getInterestKind, Lead::setInterestKind);
        bind(stage, "stage", Lead::getStage, Lead::setStage);
        bind(owner, "owner", Lead::getOwner, Lead::setOwner);
        bind(source, "source", Lead::getSource, Lead::setSource);
        bind(referringPartner, "referringPartner", Lead::getReferringPartner,
                Lead::setReferringPartner);
        binder.forField(sourceDelegation).bind(
                lead -> lead.getSourceDelegationId() == null ? null
                        : delegationService.get(lead.getSourceDelegationId()).orElse(null),
                (lead, delegation) -> lead.setSourceDelegationId(delegation == null ? null : delegation.getId()));
        binder.forField(metAt).bind(this::itemsWhereMet, (lead, items) -> lead.setMetAtProgrammeItemIds(
                items.stream().map(ProgrammeItem::getId).collect(Collectors.toSet())));
        bind(projectType, "projectType", Lead::getProjectType, Lead::setProjectType);
        bind(competingLocations, "competingLocations", Lead::getCompetingLocations,
                Lead::setCompetingLocations);
        bind(expectedDecisionDate, "expectedDecisionDate", Lead::getExpectedDecisionDate,
                Lead::setExpectedDecisionDate);
        bind(estimatedJobs, "estimatedJobs", Lead::getEstimatedJobs, Lead::setEstimatedJobs);
        bind(estimatedInvestment, "estimatedInvestment", Lead::getEstimatedInvestment,
                Lead::setEstimatedInvestment);
        bind(investmentCurrency, "investmentCurrency", Lead::getInvestmentCurrency,
                Lead::setInvestmentCurrency);
        bind(probability, "probability", Lead::getProbability, Lead::setProbability);
        bind(nextAction, "nextAction", Lead::getNextAction, Lead::setNextAction);
        bind(nextActionDue, "nextActionDue", Lead::getNextActionDue, Lead::setNextActionDue);
        bind(confidential, "confidential", Lead::isConfidential, Lead::setConfidential);

        stage.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                followStage(change.getOldValue(), change.getValue());
            }
        });

        var fields = new FormLayout(companyName, companyNameJapanese, headquarters, country, sector, interestKind,
                stage, probability, owner, source, referringPartner, sourceDelegation, metAt, projectType, competingLocations,
                expectedDecisionDate, estimatedJobs, estimatedInvestment, investmentCurrency, nextAction,
                nextActionDue, confidential);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));

        save.setText(getTranslation("pipeline.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            // validate() first: writeBeanIfValid alone checks only the fields the user changed
            if (binder.validate().isOk() && binder.writeBeanIfValid(lead)) {
                fireEvent(new SaveEvent(this, lead));
            }
        });
        cancel.setText(getTranslation("pipeline.form.cancel"));
        cancel.addClickListener(click -> {
            binder.readBean(lead);
            fireEvent(new CancelEvent(this));
        });
        add(fields, new HorizontalLayout(save, cancel));
    }

    private <V> void bind(HasValue<?, V> field, String property, ValueProvider<Lead, V> getter,
            Setter<Lead, V> setter) {
        EntityConstraints.checked(binder, Lead.class, field, property).bind(getter, setter);
    }

    /** Shows the lead; nothing reaches it until a valid save. */
    void edit(Lead lead, boolean editable) {
        this.lead = lead;
        binder.readBean(lead);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        cancel.setVisible(editable);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** A probability left at the old stage's default (or empty) takes the new stage's default. */
    private void followStage(LeadStage from, LeadStage to) {
        var current = probability.getValue();
        if (current == null || from == null || current == from.defaultProbability()) {
            probability.setValue(to.defaultProbability());
        }
    }

    private Set<ProgrammeItem> itemsWhereMet(Lead lead) {
        return Set.copyOf(delegationService.itemsWithIds(lead.getMetAtProgrammeItemIds()));
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    static class SaveEvent extends ComponentEvent<LeadForm> {
        private final Lead lead;

        SaveEvent(LeadForm source, Lead lead) {
            super(source, false);
            this.lead = lead;
        }

        Lead lead() {
            return lead;
        }
    }

    static class CancelEvent extends ComponentEvent<LeadForm> {
        CancelEvent(LeadForm source) {
            super(source, false);
        }
    }
}
