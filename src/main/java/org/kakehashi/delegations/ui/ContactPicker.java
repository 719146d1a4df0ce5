package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.members.ContactRef;

/** Chooses a contact of the register by a part of the name, in Latin or Japanese script; loads page by page. */
class ContactPicker extends ComboBox<ContactRef> {

    ContactPicker(String label, DelegationContactsService contacts) {
        super(label);
        setItems(query -> contacts.contactChoices(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setItemLabelGenerator(ContactRef::label);
        setClearButtonVisible(true);
    }
}
