package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.ViewHeader;
import java.util.List;
import java.util.Set;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadLinkService;
import org.kakehashi.pipeline.LeadLinks;
import org.kakehashi.pipeline.ActivityService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.LeadSource;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;

/** One lead: its fields, its activity timeline and its stage history; "new" as the id starts a new lead. */
@Route(LeadView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "pipeline/leads/:id";
    static final String NEW = "new";

    private final LeadService leadService;
    private final ActivityService activityService;
    private final LeadLinkService linkService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean canChange;
    private final RouterLink back;
    ViewHeader header;
    final Span investment = new Span();
    final Paragraph notFound = new Paragraph();
    /** The page of the delegation the lead came from, when it has one. */
    final Anchor sourceDelegation = new Anchor();
    final LeadForm form;
    final ActivityTimeline timeline = new ActivityTimeline();
    final StageHistoryPanel history;
    final Button changes = new Button();
    private Lead lead;

    public LeadView(LeadService leadService, ActivityService activityService, LeadLinkService linkService,
            CurrentUser currentUser, Clock clock) {
        this.leadService = leadService;
        this.activityService = activityService;
        this.linkService = linkService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.canChange = currentUser.hasRole(Roles.OFFICER) || currentUser.hasRole(Roles.ADMIN);
        addClassName("lead-view");
        back = new RouterLink(getTranslation("pipeline.lead.back"), LeadBoardView.class);
        changes.setText(getTranslation("history.open"));
        changes.setIcon(VaadinIcon.CLOCK.create());
        changes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changes.addClickListener(click -> new HistoryDialog(lead.getCompanyName(), LeadHistoryLabels.LABELS,
                pageable -> leadService.history(lead.getId(), pageable)).open());
        header = new ViewHeader(getTranslation("pipeline.lead.title"), investment, back);
        investment.addClassName("lead-investment");
        form = new LeadForm(canChange ? linkService.possibleOwners() : List.of(), linkService);
        history = new StageHistoryPanel(clock.getZone());
        notFound.setText(getTranslation("pipeline.lead.not-found"));
        notFound.setVisible(false);
        sourceDelegation.addClassName("lead-source-delegation");
        sourceDelegation.setVisible(false);
        add(header, notFound, sourceDelegation, form, timeline, history);

        form.addSaveListener(save -> save(save.lead(), save.links()));
        form.addCancelListener(cancel -> {
            if (lead.isNew()) {
                getUI().ifPresent(ui -> ui.navigate(LeadBoardView.class));
            }
        });
        timeline.addAddListener(added -> {
            activityService.addActivity(lead.getId(), added.activity(), added.nextStep());
            Notification.show(getTranslation("pipeline.activity.added"), 3000, Notification.Position.BOTTOM_START);
            if (added.nextStep() != null) {
                // The lead's next action changed, and with it its version: read it again
                show(leadService.get(lead.getId()).orElseThrow());
            } else {
                showTimeline();
            }
        });
    }

    /** The route parameters of a lead's page; a null id opens a new lead. */
    public static RouteParameters parameters(Long leadId) {
        return new RouteParameters("id", leadId == null ? NEW : String.valueOf(leadId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse(NEW);
        if (NEW.equals(id) && canChange) {
            var fresh = new Lead();
            fromDelegation(event, fresh);
            var me = form.owner.getListDataView().getItems()
                    .filter(user -> user.id() == currentUser.require().userId()).findFirst().orElse(null);
            show(fresh, new LeadLinks(me, null, linkService.linksOf(fresh).sourceDelegation(), Set.of()));
            return;
        }
        try {
            leadService.get(Long.parseLong(id)).ifPresentOrElse(this::show, this::showNotFound);
        } catch (NumberFormatException notAnId) {
            showNotFound();
        }
    }

    /** "?delegation=7", as the delegation page's "Create a lead" opens it: the delegation is the source. */
    private void fromDelegation(BeforeEnterEvent event, Lead fresh) {
        event.getLocation().getQueryParameters().getSingleParameter(LeadsOfDelegations.DELEGATION_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}"))
                .ifPresent(id -> {
                    fresh.getOrigin().setDelegationId(Long.valueOf(id));
                    fresh.getOrigin().setSource(LeadSource.DELEGATION);
                });
    }

    @Override
    public String getPageTitle() {
        return lead == null || lead.isNew() ? getTranslation("pipeline.lead.title")
                : lead.getCompanyName();
    }

    private void show(Lead shown) {
        show(shown, linkService.linksOf(shown));
    }

    private void show(Lead shown, LeadLinks links) {
        lead = shown;
        var titled = new ViewHeader(getPageTitle(), investment, changes, back);
        changes.setVisible(!shown.isNew());
        replace(header, titled);
        header = titled;
        notFound.setVisible(false);
        form.setVisible(true);
        form.edit(shown, links, canChange);
        investment.setText(shown.getInvestment().getAmount() == null ? ""
                : getTranslation("pipeline.lead.investment-shown", Formats.money(
                        shown.getInvestment().getAmount(), shown.getInvestment().getCurrency(), getLocale())));
        var delegation = links.sourceDelegation();
        sourceDelegation.setVisible(!shown.isNew() && delegation != null);
        if (delegation != null) {
            sourceDelegation.setText(getTranslation("pipeline.lead.from-delegation", delegation.title()));
            sourceDelegation.setHref("delegations/" + delegation.id());
        }
        timeline.setVisible(!shown.isNew());
        history.setVisible(!shown.isNew());
        if (!shown.isNew()) {
            showTimeline();
            history.show(leadService.stageHistory(shown.getId()), leadService.timeInStage(shown.getId()));
        }
    }

    private void showTimeline() {
        timeline.show(activityService.activities(lead.getId()), LocalDate.now(clock), canChange);
    }

    private void showNotFound() {
        lead = null;
        notFound.setVisible(true);
        sourceDelegation.setVisible(false);
        form.setVisible(false);
        timeline.setVisible(false);
        history.setVisible(false);
    }

    private void save(Lead edited, LeadLinks links) {
        boolean created = edited.isNew();
        Lead saved;
        try {
            saved = leadService.save(edited, links);
        } catch (OptimisticLockingFailureException conflict) {
            ConflictNotice.show(() -> leadService.get(edited.getId()).ifPresentOrElse(this::show, this::showNotFound));
            return;
        } catch (LeadService.LeadNotFoundException gone) {
            showNotFound();
            return;
        }
        Notification.show(getTranslation("pipeline.lead.saved", saved.getCompanyName()), 3000,
                Notification.Position.BOTTOM_START);
        if (created) {
            getUI().ifPresent(ui -> ui.navigate(LeadView.class, parameters(saved.getId())));
        } else {
            show(saved);
        }
    }
}
