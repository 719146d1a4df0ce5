package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Optional;
import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.delegations.CalendarService;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationOutcomes;
import org.kakehashi.delegations.DelegationRuleException;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.HomeZone;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;

/** One delegation: its fields, its programme in local and home time, participants and partners. */
@Route(DelegationView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";
    public static final String NEW = "new";
    static final String PATH = "delegations/:" + ID;

    DelegationForm form;
    ProgrammeGrid programme;
    final Button addItem = new Button();
    final Button delete = new Button();
    final Button history = new Button();
    Anchor download;
    RouterLink printable;
    ConfirmDialog confirmation;

    private final DelegationService delegations;
    private final CalendarService calendars;
    private final DelegationContactsService contacts;
    private final ObjectProvider<DelegationOutcomes> outcomes;
    private final HomeZone homeZone;
    private final boolean editable;
    private Delegation delegation;

    public DelegationView(DelegationService delegations, DelegationContactsService contacts,
            CalendarService calendars, CurrentUser currentUser, ObjectProvider<DelegationOutcomes> outcomes,
            HomeZone homeZone) {
        this.delegations = delegations;
        this.calendars = calendars;
        this.contacts = contacts;
        this.outcomes = outcomes;
        this.homeZone = homeZone;
        this.editable = Planners.canPlan(currentUser);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(ID).orElse("");
        removeAll();
        if (NEW.equals(id) && editable) {
            var planned = new Delegation();
            planned.setHomeZoneId(homeZone.zone().getId());
            show(planned);
            return;
        }
        Optional<Delegation> found = id.matches("\\d{1,18}") ? delegations.get(Long.parseLong(id)) : Optional.empty();
        found.ifPresentOrElse(this::show, () -> add(new ViewHeader(getTranslation("delegation.not-found")),
                new Paragraph(getTranslation("delegation.not-found.text"))));
    }

    private void show(Delegation shown) {
        this.delegation = shown;
        form = new DelegationForm(delegations.officers(), contacts, editable);
        form.edit(shown);
        form.addSaveListener(save -> saveDelegation(save.value()));
        if (shown.isNew()) {
            form.addCancelListener(cancel -> UI.getCurrent().navigate(DelegationListView.class));
            add(new ViewHeader(getTranslation("delegations.new")), form);
            return;
        }
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var ics = calendars.programme(shown.getId()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(ics), "delegation-" + shown.getId() + ".ics",
                    "text/calendar; charset=utf-8", ics.length);
        }), getTranslation("delegation.download-ics"));
        download.addClassName("ics-download");
        printable = new RouterLink(getTranslation("print.open"), ProgrammePrintView.class,
                new RouteParameters(ID, String.valueOf(shown.getId())));
        delete.setText(getTranslation("delegations.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(editable);
        delete.addClickListener(click -> confirmDelete());

        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> new HistoryDialog(shown.getTitle(), DelegationHistoryLabels.LABELS,
                pageable -> delegations.history(shown.getId(), pageable)).open());

        programme = new ProgrammeGrid(shown.getHomeZone());
        programme.addItemClickListener(click -> {
            if (editable) {
                openItem(click.getItem());
            }
        });
        addItem.setText(getTranslation("programme.add"));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.setVisible(editable);
        addItem.addClickListener(click -> openItem(newItem()));
        refreshProgramme();

        // The programme first: it is what the page is opened for; the delegation's own fields close the page
        add(new ViewHeader(shown.getTitle(), printable, download, history, delete), summary(shown),
                new ViewHeader(getTranslation("programme.title-section"), addItem), programme,
                new ParticipantsPanel(shown, contacts, editable),
                new PartnersPanel(shown, contacts, editable));
        if (outcomes.stream().findAny().isPresent()) {
            add(new OutcomesPanel(outcomes.orderedStream()
                    .flatMap(source -> source.outcomesOf(shown.getId()).stream()).toList(),
                    outcomes.orderedStream().flatMap(source -> source.totalsOf(shown.getId()).stream()).toList(),
                    outcomes.orderedStream().flatMap(source -> source.creationFor(shown.getId()).stream())
                            .toList()));
        }
        add(new H3(getTranslation("delegation.details")), form);
    }

    /** "23 Mar 2026 – 31 Mar 2026 · Outbound · Leipzig · Osaka, Kobe · Confirmed" */
    private Paragraph summary(Delegation shown) {
        var parts = new ArrayList<String>();
        parts.add(Formats.date(shown.getStartDate(), getLocale()) + " – "
                + Formats.date(shown.getEndDate(), getLocale()));
        parts.add(getTranslation("delegation.direction." + shown.getDirection()));
        parts.add(shown.getHomeCity());
        if (shown.getVisitedCities() != null && !shown.getVisitedCities().isBlank()) {
            parts.add(shown.getVisitedCities());
        }
        parts.add(getTranslation("delegation.status." + shown.getStatus()));
        var summary = new Paragraph(String.join(" · ", parts));
        summary.addClassName("delegation-summary");
        return summary;
    }

    /** Deleting takes the whole programme with it, so it is asked once more. */
    private void confirmDelete() {
        confirmation = new ConfirmDialog(getTranslation("delegation.delete.title"),
                getTranslation("delegation.delete.text", delegation.getTitle()), getTranslation("delegations.delete"),
                confirmed -> {
                    try {
                        delegations.delete(delegation);
                        UI.getCurrent().navigate(DelegationListView.class);
                    } catch (OptimisticLockingFailureException conflict) {
                        ConflictNotice.show(this::reload);
                    }
                });
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("delegations.cancel"));
        confirmation.setConfirmButtonTheme("error primary");
        confirmation.open();
    }

    private ProgrammeItem newItem() {
        var item = new ProgrammeItem(delegation);
        item.setZoneId(delegation.getHomeZoneId());
        item.setStart(delegation.getStartDate().atTime(9, 0));
        item.setEnd(delegation.getStartDate().atTime(10, 0));
        return item;
    }

    private void saveDelegation(Delegation changed) {
        try {
            boolean created = changed.isNew();
            var saved = delegations.save(changed);
            notify(getTranslation("delegation.saved"));
            if (created) {
                UI.getCurrent().navigate(DelegationView.class, new RouteParameters(ID, String.valueOf(saved.getId())));
            } else {
                removeAll();
                show(delegations.get(saved.getId()).orElseThrow());
            }
        } catch (DelegationRuleException refused) {
            form.showDateError(getTranslation(refused.messageKey()));
        } catch (ConstraintViolationException invalid) {
            form.showDateError(invalid.getConstraintViolations().iterator().next().getMessage());
        } catch (OptimisticLockingFailureException conflict) {
            ConflictNotice.show(this::reload);
        }
    }

    /** Shows the delegation as it is now, after someone else changed it. */
    private void reload() {
        removeAll();
        delegations.get(delegation.getId()).ifPresentOrElse(this::show,
                () -> UI.getCurrent().navigate(DelegationListView.class));
    }

    private void openItem(ProgrammeItem item) {
        var dialog = new ProgrammeItemDialog(item, delegations, contacts);
        dialog.addSaveListener(save -> {
            try {
                delegations.saveItem(save.value());
                dialog.close();
                refreshProgramme();
            } catch (DelegationRuleException refused) {
                dialog.showDateError(getTranslation(refused.messageKey()));
            } catch (OptimisticLockingFailureException conflict) {
                itemConflict(dialog, item);
            }
        });
        dialog.addDeleteListener(remove -> {
            try {
                delegations.deleteItem(remove.value());
                dialog.close();
                refreshProgramme();
            } catch (OptimisticLockingFailureException conflict) {
                itemConflict(dialog, item);
            }
        });
        dialog.open();
    }

    /** Someone else changed or deleted the item meanwhile: Reload opens it as it now is, if it is still there. */
    private void itemConflict(ProgrammeItemDialog dialog, ProgrammeItem item) {
        dialog.close();
        refreshProgramme();
        ConflictNotice.show(() -> delegations.programme(delegation.getId()).stream()
                .filter(fresh -> fresh.getId().equals(item.getId()))
                .findFirst().ifPresent(this::openItem));
    }

    private void refreshProgramme() {
        programme.show(delegations.programme(delegation.getId()));
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return delegation == null || delegation.isNew() ? getTranslation("delegations.title") : delegation.getTitle();
    }
}
