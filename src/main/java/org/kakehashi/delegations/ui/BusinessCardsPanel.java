package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.delegations.BusinessCard;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.OrganisationService;

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

    private final BeanValidationBinder<ContactPerson> binder = new BeanValidationBinder<>(ContactPerson.class);
    private final DelegationService delegations;
    private final ProgrammeItem item;

    BusinessCardsPanel(ProgrammeItem item, DelegationService delegations, ContactService contacts,
            OrganisationService organisations) {
        this.delegations = delegations;
        this.item = item;
        setPadding(false);
        grid.addColumn(card -> card.getContact().getFullName()).setHeader(getTranslation("card.name"));
        grid.addColumn(card -> card.getContact().getNameJapanese()).setHeader(getTranslation("card.name-japanese"));
        grid.addColumn(card -> card.getContact().getTitle()).setHeader(getTranslation("card.title"));
        grid.addColumn(card -> card.getContact().getOrganisation() == null ? ""
                : card.getContact().getOrganisation().getName()).setHeader(getTranslation("card.organisation"));
        RemoveColumn.add(grid, delegations::deleteBusinessCard, this::refresh);
        grid.setAllRowsVisible(true);

        known = new ContactPicker(getTranslation("card.known-contact"), contacts);
        addKnown.setText(getTranslation("card.add"));
        addKnown.addClickListener(click -> {
            if (!known.isEmpty()) {
                delegations.addBusinessCard(item, known.getValue());
                known.clear();
                refresh();
            }
        });
        var fromRegister = new HorizontalLayout(known, addKnown);
        fromRegister.setAlignItems(FlexComponent.Alignment.BASELINE);

        familyName.setLabel(getTranslation("card.family-name"));
        givenName.setLabel(getTranslation("card.given-name"));
        nameJapanese.setLabel(getTranslation("card.name-japanese"));
        nameKana.setLabel(getTranslation("card.name-kana"));
        title.setLabel(getTranslation("card.title"));
        titleJapanese.setLabel(getTranslation("card.title-japanese"));
        organisation = new OrganisationPicker(getTranslation("card.organisation"), organisations);
        checked(familyName, "familyName").asRequired(getTranslation("validation.required"))
                .bind(ContactPerson::getFamilyName, ContactPerson::setFamilyName);
        checked(givenName, "givenName").asRequired(getTranslation("validation.required"))
                .bind(ContactPerson::getGivenName, ContactPerson::setGivenName);
        checked(nameJapanese, "nameJapanese").bind(ContactPerson::getNameJapanese, ContactPerson::setNameJapanese);
        checked(nameKana, "nameKana").bind(ContactPerson::getNameKana, ContactPerson::setNameKana);
        checked(title, "title").bind(ContactPerson::getTitle, ContactPerson::setTitle);
        checked(titleJapanese, "titleJapanese").bind(ContactPerson::getTitleJapanese, ContactPerson::setTitleJapanese);
        binder.forField(organisation).bind(ContactPerson::getOrganisation, ContactPerson::setOrganisation);
        binder.readBean(new ContactPerson());
        addNew.setText(getTranslation("card.add-new"));
        addNew.addClickListener(click -> addNewContact());
        var newContact = new FormLayout(familyName, givenName, nameJapanese, nameKana, title, titleJapanese,
                organisation, addNew);

        add(new H4(getTranslation("card.section")), grid, fromRegister, new H4(getTranslation("card.new-contact")),
                newContact);
        refresh();
    }

    private void addNewContact() {
        var contact = new ContactPerson();
        contact.setPreferredLanguage(nameJapanese.isEmpty() ? "en" : "ja");
        if (binder.writeBeanIfValid(contact)) {
            delegations.addBusinessCard(item, contact);
            binder.readBean(new ContactPerson());
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(delegations.businessCards(item.getId()));
    }
    /** A binding that shows the entity's own constraints (length, pattern …) at the field. */
    private <V> Binder.BindingBuilder<ContactPerson, V> checked(HasValue<?, V> field, String property) {
        return EntityConstraints.checked(binder, ContactPerson.class, field, property);
    }
}
