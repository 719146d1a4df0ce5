package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kakehashi.common.SearchText;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.Partner;

/** The organisations that help a delegation (a consulate general, an embassy …) and what they did. */
class PartnersPanel extends VerticalLayout {

    final Grid<Partner> grid = new Grid<>();
    final OrganisationPicker organisation;
    final TextField contribution = new TextField();
    final Button add = new Button();

    private final DelegationContactsService delegations;
    private final Delegation delegation;

    PartnersPanel(Delegation delegation, DelegationContactsService delegations, boolean editable) {
        this.delegations = delegations;
        this.delegation = delegation;
        setPadding(false);
        grid.addColumn(partner -> partner.getOrganisationRef().name()).setHeader(getTranslation("partner.organisation"))
                .setFlexGrow(2);
        grid.addColumn(Partner::getContribution).setHeader(getTranslation("partner.contribution")).setFlexGrow(3);
        if (editable) {
            RemoveColumn.add(grid, delegations::deletePartner, this::refresh);
        }
        grid.setAllRowsVisible(true);

        organisation = new OrganisationPicker(getTranslation("partner.organisation"), delegations);
        contribution.setLabel(getTranslation("partner.contribution"));
        add.setText(getTranslation("partner.add"));
        add.addClickListener(click -> addPartner());
        var adding = new HorizontalLayout(organisation, contribution, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        adding.setVisible(editable);

        add(new H3(getTranslation("partner.title")), grid, adding);
        refresh();
    }

    private void addPartner() {
        if (organisation.isEmpty()) {
            organisation.setErrorMessage(getTranslation("validation.required"));
            organisation.setInvalid(true);
            return;
        }
        var chosen = organisation.getValue();
        if (delegations.partners(delegation.getId()).stream()
                .anyMatch(partner -> partner.getOrganisationRef().id() == chosen.id())) {
            organisation.setErrorMessage(getTranslation("partner.already"));
            organisation.setInvalid(true);
            return;
        }
        var given = SearchText.blankToNull(contribution.getValue());
        if (!EntityConstraints.check(contribution, Partner.class, "contribution", given)) {
            return;
        }
        var partner = new Partner(delegation);
        partner.setOrganisationRef(chosen);
        partner.setContribution(given);
        delegations.savePartner(partner);
        organisation.clear();
        organisation.setInvalid(false);
        contribution.clear();
        refresh();
    }

    private void refresh() {
        grid.setItems(delegations.partners(delegation.getId()));
    }
}
