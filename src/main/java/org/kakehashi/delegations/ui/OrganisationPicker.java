package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.members.OrganisationRef;

/** Chooses an organisation of the register, searching by name as the user types; loads page by page. */
class OrganisationPicker extends ComboBox<OrganisationRef> {

    OrganisationPicker(String label, DelegationContactsService contacts) {
        super(label);
        setItems(query -> contacts.organisationChoices(query.getFilter().orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setItemLabelGenerator(OrganisationRef::label);
        setClearButtonVisible(true);
    }
}
