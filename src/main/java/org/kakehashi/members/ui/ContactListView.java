package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.PrivacyService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** Every contact person, at an organisation or standing alone, found by name in any script. */
@Route(ContactListView.PATH)
@Menu(title = "nav.contacts", order = 22, icon = "vaadin:user-card")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class ContactListView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "members/contacts";
    static final String MEMBER_THROUGH = "memberThrough";

    final TextField search = new TextField();
    final Grid<ContactPerson> grid = new Grid<>();
    final Button add = new Button();

    private final ContactService contacts;
    private final boolean canEdit;

    private final ContactEditor editor;

    public ContactListView(ContactService contacts, PrivacyService privacy, CurrentUser currentUser,
            List<ContactEncounters> encounters) {
        this.contacts = contacts;
        this.canEdit = currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN);
        this.editor = new ContactEditor(contacts, privacy, canEdit, new Encounters(encounters));
        setSizeFull();
        search.setPlaceholder(getTranslation("contacts.search.placeholder"));
        search.setAriaLabel(getTranslation("contacts.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(ContactPerson::getFullName).setHeader(getTranslation("contact.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(ContactPerson::getNameJapanese).setHeader(getTranslation("contact.name-japanese"))
                .setKey("nameJapanese");
        grid.addColumn(ContactPerson::getTitle).setHeader(getTranslation("contact.title")).setKey("title");
        grid.addColumn(ContactPerson::getEmail).setHeader(getTranslation("contact.email")).setKey("email")
                .setFlexGrow(2);
        grid.addColumn(this::memberThrough).setHeader(getTranslation("contacts.member-through"))
                .setKey(MEMBER_THROUGH).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("contacts.list-empty"));
        grid.setItems(query -> contacts.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                edit(selected.getValue());
            }
        });

        add.setText(getTranslation("contacts.add-alone"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(canEdit);
        add.addClickListener(click -> {
            var contact = new ContactPerson();
            contact.setPreferredLanguage(getLocale().getLanguage());
            edit(contact);
        });
        var review = new RouterLink(getTranslation("privacy.review.link"), PrivacyReviewView.class);
        review.setVisible(canEdit);
        add(new ViewHeader(getTranslation("contacts.list-title"), review, add), search, grid);
    }

    /** A contact is a member through its organisation's membership; one standing alone says so. */
    private String memberThrough(ContactPerson contact) {
        var organisation = contact.getOrganisation();
        if (organisation == null) {
            return getTranslation("contacts.stands-alone");
        }
        var membership = organisation.getMembership();
        return membership == null ? organisation.getName()
                : organisation.getName() + " · " + getTranslation(membership.getStatus().translationKey());
    }

    private void edit(ContactPerson contact) {
        var dialog = editor.open(contact, grid.getDataProvider()::refreshAll);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                grid.deselectAll();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.list-title");
    }
}
