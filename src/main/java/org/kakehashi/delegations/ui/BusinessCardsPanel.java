package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.kakehashi.delegations.BusinessCard;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.MetContact;

/**
 * The business cards (meishi) exchanged at a programme item: a contact of the register, or a new one written down
 * on the spot with the name in Japanese script, its reading and the title in both languages.
 */
class BusinessCardsPanel extends VerticalLayout {

    final Grid<BusinessCard> grid = new Grid<>();
    final ContactPicker known;
    final Button addKnown = new Button();
    final TextField familyName = new TextField();
    final TextField givenName = new TextField();
    final TextField nameJapanese = new TextField();
    final TextField nameKana = new TextField();
    final TextField title = new TextField();
    final TextField titleJapanese = new TextField();
    final OrganisationPicker organisation;
    final Button addNew = new Button();

    private final BeanValidationBinder<MetContact> binder = new BeanValidationBinder<>(MetContact.class);
    private final DelegationContactsService contacts;
    private final ProgrammeItem item;

    BusinessCardsPanel(ProgrammeItem item, DelegationContactsService contacts) {
        this.contacts = contacts;
        this.item = item;
        setPadding(false);
        known = new ContactPicker(getTranslation("card.known-contact"), contacts);
        organisation = new OrganisationPicker(getTranslation("card.organisation"), contacts);
        setUpGrid();
        addKnown.setText(getTranslation("card.add"));
        addKnown.addClickListener(click -> addKnownContact());
        var fromRegister = new HorizontalLayout(known, addKnown);
        fromRegister.setAlignItems(FlexComponent.Alignment.BASELINE);
        setUpNewContact();
        var newContact = new FormLayout(familyName, givenName, nameJapanese, nameKana, title, titleJapanese,
                organisation, addNew);

        add(new H4(getTranslation("card.section")), grid, fromRegister, new H4(getTranslation("card.new-contact")),
                newContact);
        refresh();
    }

    private void setUpGrid() {
        grid.addColumn(card -> card.getContactRef().fullName()).setHeader(getTranslation("card.name"));
        grid.addColumn(card -> card.getContactRef().nameJapanese()).setHeader(getTranslation("card.name-japanese"));
        grid.addColumn(card -> card.getContactRef().title()).setHeader(getTranslation("card.title"));
        grid.addColumn(card -> card.getContactRef().organisationName() == null ? ""
                : card.getContactRef().organisationName()).setHeader(getTranslation("card.organisation"));
        RemoveColumn.add(grid, contacts::deleteBusinessCard, this::refresh);
        grid.setAllRowsVisible(true);
    }

    /** Bound by property name, so that the binder checks the contact's constraints (length, kana …) at each field. */
    private void setUpNewContact() {
        familyName.setLabel(getTranslation("card.family-name"));
        givenName.setLabel(getTranslation("card.given-name"));
        nameJapanese.setLabel(getTranslation("card.name-japanese"));
        nameKana.setLabel(getTranslation("card.name-kana"));
        title.setLabel(getTranslation("card.title"));
        titleJapanese.setLabel(getTranslation("card.title-japanese"));
        binder.forField(familyName).asRequired(getTranslation("validation.required")).bind("familyName");
        binder.forField(givenName).asRequired(getTranslation("validation.required")).bind("givenName");
        binder.forField(nameJapanese).bind("nameJapanese");
        binder.forField(nameKana).bind("nameKana");
        binder.forField(title).bind("title");
        binder.forField(titleJapanese).bind("titleJapanese");
        binder.forField(organisation).bind("organisation");
        binder.readRecord(MetContact.NONE);
        addNew.setText(getTranslation("card.add-new"));
        addNew.addClickListener(click -> addNewContact());
    }

    private void addKnownContact() {
        if (!known.isEmpty()) {
            contacts.addBusinessCard(item, known.getValue());
            known.clear();
            refresh();
        }
    }

    private void addNewContact() {
        try {
            contacts.addBusinessCardOfNewContact(item, binder.writeRecord());
            binder.readRecord(MetContact.NONE);
            refresh();
        } catch (ValidationException invalid) {
            // The binder shows each error at its field
        }
    }

    private void refresh() {
        grid.setItems(contacts.businessCards(item.getId()));
    }
}
