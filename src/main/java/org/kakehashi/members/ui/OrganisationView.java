package org.kakehashi.members.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.ContactEncounters;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.PrivacyService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;

/** One organisation, at an address that can be bookmarked: its details, contact persons and membership. */
@Route(OrganisationView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";
    static final String PATH = "members/:" + ID;

    final OrganisationForm form = new OrganisationForm();
    final Button save = new Button();
    final Button archive = new Button();
    final Button delete = new Button();
    final Button history = new Button();

    private final OrganisationService organisations;
    final ContactsPanel contactsPanel;
    final MembershipPanel membershipPanel;
    private final boolean canEdit;
    private final ViewHeader header = new ViewHeader("");
    private Organisation organisation;

    public OrganisationView(OrganisationService organisations, ContactService contacts, MembershipService memberships,
            PrivacyService privacy, CurrentUser currentUser, Clock clock, List<ContactEncounters> encounters) {
        this.organisations = organisations;
        this.canEdit = currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN);
        contactsPanel = new ContactsPanel(contacts, privacy, canEdit, new Encounters(encounters));
        membershipPanel = new MembershipPanel(memberships, canEdit, clock, this::reload);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.addClickListener(click -> save());
        archive.addClickListener(click -> toggleArchived());
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirmDelete());
        var back = new Button(getTranslation("members.back-to-list"),
                click -> getUI().ifPresent(ui -> ui.navigate(MemberListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> new HistoryDialog(organisation.getName(), MemberHistoryLabels.LABELS,
                pageable -> organisations.history(organisation.getId(), pageable)).open());

        var actions = new HorizontalLayout(save, archive, delete, history, back);
        save.setVisible(canEdit);
        archive.setVisible(canEdit);
        form.setEditable(canEdit);
        setMaxWidth("72rem");
        add(header, form, actions, new H3(getTranslation("contacts.title")), contactsPanel,
                new H3(getTranslation("membership.title")), membershipPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(ID).orElse(NEW);
        if (id.equals(NEW)) {
            if (!canEdit) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(new Organisation());
            return;
        }
        try {
            organisations.get(Long.parseLong(id)).ifPresentOrElse(this::show,
                    () -> event.rerouteToError(NotFoundException.class));
        } catch (NumberFormatException notAnId) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(Organisation shown) {
        organisation = shown;
        form.read(shown);
        boolean saved = !shown.isNew();
        header.setTitle(saved ? shown.getName() : getTranslation("members.new-title"));
        archive.setText(getTranslation(shown.isArchived() ? "members.unarchive" : "members.archive"));
        archive.setEnabled(saved);
        history.setVisible(saved);
        delete.setVisible(canEdit && saved && organisations.canDelete(shown.getId()));
        contactsPanel.show(saved ? shown : null);
        membershipPanel.show(saved ? shown : null);
    }

    private void save() {
        if (!form.writeTo(organisation)) {
            return;
        }
        boolean wasNew = organisation.isNew();
        try {
            var saved = organisations.save(organisation);
            notify(getTranslation("members.saved", saved.getName()), NotificationVariant.LUMO_SUCCESS);
            if (wasNew) {
                getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                        new RouteParameters(ID, String.valueOf(saved.getId()))));
            } else {
                show(organisations.get(saved.getId()).orElseThrow());
            }
        } catch (OptimisticLockingFailureException conflict) {
            ConflictNotice.show(this::reload);
        }
    }

    private void toggleArchived() {
        try {
            var changed = organisations.setArchived(organisation, !organisation.isArchived());
            notify(getTranslation(changed.isArchived() ? "members.archived" : "members.unarchived", changed.getName()),
                    NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (OptimisticLockingFailureException conflict) {
            ConflictNotice.show(this::reload);
        }
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("members.delete.title", organisation.getName()));
        dialog.setText(getTranslation("members.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                organisations.delete(organisation);
            } catch (OptimisticLockingFailureException conflict) {
                ConflictNotice.show(this::reload);
                return;
            }
            notify(getTranslation("members.deleted", organisation.getName()), NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(MemberListView.class));
        });
        dialog.open();
    }

    private void reload() {
        organisations.get(organisation.getId()).ifPresent(this::show);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return organisation == null || organisation.isNew() ? getTranslation("members.new-title")
                : organisation.getName();
    }
}
