package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;

/** Chooses an organisation of the register, searching by name as the user types; loads page by page. */
class OrganisationPicker extends ComboBox<Organisation> {

    OrganisationPicker(String label, OrganisationService organisations) {
        super(label);
        setItems(query -> organisations.page(
                new OrganisationFilter(query.getFilter().orElse(null), null, null, null, null, false),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setItemLabelGenerator(OrganisationPicker::label);
        setClearButtonVisible(true);
    }

    static String label(Organisation organisation) {
        if (organisation == null) {
            return "";
        }
        return organisation.getCity() == null ? organisation.getName()
                : organisation.getName() + " (" + organisation.getCity() + ")";
    }
}
