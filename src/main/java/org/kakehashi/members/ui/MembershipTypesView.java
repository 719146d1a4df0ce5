package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The kinds of membership and their annual fees, kept by the secretary. A short list, loaded whole. */
@Route(MembershipTypesView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MembershipTypesView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "members/types";

    final Grid<MembershipType> grid = new Grid<>();
    final Button add = new Button();

    private final MembershipService memberships;
    private final boolean canEdit;

    public MembershipTypesView(MembershipService memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.canEdit = currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN);
        grid.addColumn(MembershipType::getName).setHeader(getTranslation("membership-type.name")).setFlexGrow(2);
        grid.addColumn(type -> Formats.money(type.getAnnualFee(), type.getCurrency(), getLocale()))
                .setHeader(getTranslation("membership-type.annual-fee"));
        grid.addColumn(MembershipType::getDescription).setHeader(getTranslation("membership-type.description"))
                .setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("membership-type.empty"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                edit(selected.getValue());
            }
        });
        add.setText(getTranslation("membership-type.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> edit(new MembershipType()));
        add.setVisible(canEdit);
        add(new ViewHeader(getTranslation("membership-type.title"), add), grid);
        refresh();
    }

    private void edit(MembershipType type) {
        var dialog = new MembershipTypeDialog(type, canEdit,
                pageable -> memberships.typeHistory(type.getId(), pageable));
        dialog.onSave(edited -> {
            try {
                memberships.saveType(edited);
                dialog.close();
            } catch (DataIntegrityViolationException sameName) {
                dialog.nameTaken();
                return;
            } catch (OptimisticLockingFailureException conflict) {
                dialog.close();
                // Reload opens the type again as the other user left it
                ConflictNotice.show(() -> memberships.types().stream()
                        .filter(fresh -> fresh.getId().equals(edited.getId()))
                        .findFirst().ifPresent(this::edit));
            }
            refresh();
        });
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                grid.deselectAll();
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(memberships.types());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership-type.title");
    }
}
