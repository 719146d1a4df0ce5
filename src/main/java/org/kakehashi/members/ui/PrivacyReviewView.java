package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.PrivacyService;
import org.kakehashi.security.Roles;

/**
 * The contacts kept without consent and without any activity for years (GDPR storage limitation), from which the
 * secretary exports what is held on a person or erases them.
 */
@Route(PrivacyReviewView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class PrivacyReviewView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "members/privacy-review";

    final Grid<ContactPerson> grid = new Grid<>();

    private final PrivacyService privacy;

    public PrivacyReviewView(PrivacyService privacy) {
        this.privacy = privacy;
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(ContactPerson::getFullName).setHeader(getTranslation("contact.name")).setFlexGrow(2);
        grid.addColumn(ContactPerson::getNameJapanese).setHeader(getTranslation("contact.name-japanese"));
        grid.addColumn(contact -> contact.getOrganisation() == null ? getTranslation("contacts.stands-alone")
                : contact.getOrganisation().getName()).setHeader(getTranslation("privacy.review.organisation"))
                .setFlexGrow(2);
        grid.addColumn(contact -> Formats.date(lastChange(contact), getLocale()))
                .setHeader(getTranslation("privacy.review.last-change"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("privacy.review.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("privacy.review.empty"));
        grid.setItems(query -> privacy.reviewList(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(new ViewHeader(getTranslation("privacy.review.title")),
                new Paragraph(getTranslation("privacy.review.intro", privacy.reviewYears())), grid);
    }

    private HorizontalLayout actions(ContactPerson contact) {
        var erase = new Button(getTranslation("privacy.erase"),
                click -> PrivacyActions.confirmErase(privacy, contact, grid.getDataProvider()::refreshAll));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(PrivacyActions.exportLink(privacy, contact), erase);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static LocalDate lastChange(ContactPerson contact) {
        var instant = contact.getModifiedAt() != null ? contact.getModifiedAt() : contact.getCreatedAt();
        return instant == null ? null : instant.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.review.title");
    }
}
