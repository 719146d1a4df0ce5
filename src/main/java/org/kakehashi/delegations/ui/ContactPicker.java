package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;

/** Chooses a contact of the register by a part of the name, in Latin or Japanese script; loads page by page. */
class ContactPicker extends ComboBox<ContactPerson> {

    ContactPicker(String label, ContactService contacts) {
        super(label);
        setItems(query -> contacts.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setItemLabelGenerator(ContactPicker::label);
        setClearButtonVisible(true);
    }

    static String label(ContactPerson contact) {
        if (contact == null) {
            return "";
        }
        var name = contact.getNameJapanese() == null ? contact.getFullName()
                : contact.getFullName() + " " + contact.getNameJapanese();
        return contact.getOrganisation() == null ? name : name + " (" + contact.getOrganisation().getName() + ")";
    }
}
