package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.PrivacyService;

/** The contact persons of one organisation; they are members through its membership. */
class ContactsPanel extends VerticalLayout {

    final Grid<ContactPerson> grid = new Grid<>();
    final Button add = new Button();

    private final ContactService contacts;
    private final boolean canEdit;
    private Organisation organisation;

    private final ContactEditor editor;

    ContactsPanel(ContactService contacts, PrivacyService privacy, boolean canEdit, Encounters encounters) {
        this.contacts = contacts;
        this.canEdit = canEdit;
        this.editor = new ContactEditor(contacts, privacy, canEdit, encounters);
        setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(this::name).setHeader(getTranslation("contact.name")).setFlexGrow(2);
        grid.addColumn(ContactPerson::getTitle).setHeader(getTranslation("contact.title"));
        grid.addColumn(ContactPerson::getEmail).setHeader(getTranslation("contact.email"));
        grid.addColumn(ContactPerson::getPhone).setHeader(getTranslation("contact.phone"));
        grid.addColumn(contact -> contact.isPrimaryContact() ? getTranslation("contact.primary") : "")
                .setHeader(getTranslation("contact.role"));
        grid.setEmptyStateText(getTranslation("contacts.empty"));
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() != null) {
                edit(selection.getValue());
            }
        });
        add.setText(getTranslation("contacts.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> {
            var contact = new ContactPerson();
            contact.setOrganisation(organisation);
            contact.setPreferredLanguage(getLocale().getLanguage());
            edit(contact);
        });
        add(grid, add);
    }

    /** Shows the contacts of a saved organisation; null hides the panel's content until the organisation is saved. */
    void show(Organisation shown) {
        organisation = shown;
        grid.setVisible(shown != null);
        add.setVisible(shown != null && canEdit);
        if (shown != null) {
            grid.setItems(contacts.ofOrganisation(shown.getId()));
        }
    }

    private void edit(ContactPerson contact) {
        var dialog = editor.open(contact, () -> show(organisation));
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                grid.deselectAll();
            }
        });
    }

    private String name(ContactPerson contact) {
        var japanese = contact.getNameJapanese();
        return japanese == null ? contact.getFullName() : contact.getFullName() + " · " + japanese;
    }
}
