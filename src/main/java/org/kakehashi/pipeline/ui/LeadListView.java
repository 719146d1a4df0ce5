package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadBoardService;
import org.kakehashi.pipeline.LeadLinkService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.SavedLeadFilterService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** All leads the user may see, in a lazy grid with filters, and their own saved filters. */
@Route(LeadListView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
@StyleSheet("styles/pipeline.css")
public class LeadListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "pipeline/leads";

    final Grid<Lead> grid = new Grid<>();
    final LeadFilterBar filters;
    final SavedFilterBar savedFilters;
    final ConfidentialNotShown confidential = new ConfidentialNotShown();
    final DashboardScope scope;
    private final LeadService leadService;
    private final LeadBoardService boardService;
    private LeadFilter filter = LeadFilter.all();

    public LeadListView(LeadService leadService, LeadBoardService boardService, LeadLinkService linkService,
            SavedLeadFilterService savedFilterService, CurrentUser currentUser, Clock clock) {
        this.leadService = leadService;
        this.boardService = boardService;
        addClassName("lead-list-view");
        setSizeFull();
        var board = new Button(getTranslation("pipeline.board.open"), VaadinIcon.GRID_BIG.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(LeadBoardView.class)));
        var header = new ViewHeader(getTranslation("pipeline.list.title"), board);
        if (currentUser.hasRole(Roles.OFFICER) || currentUser.hasRole(Roles.ADMIN)) {
            var newLead = new Button(getTranslation("pipeline.lead.new"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(LeadView.class, LeadView.parameters(null))));
            newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(newLead);
        }
        scope = new DashboardScope(this::applyBar);
        filters = new LeadFilterBar(linkService.possibleOwners(), this::apply);
        savedFilters = new SavedFilterBar(savedFilterService, filters::storableValue, filters::set);

        var today = LocalDate.now(clock);
        grid.addColumn(Lead::getCompanyName).setHeader(getTranslation("pipeline.lead.company-name"))
                .setKey("companyName").setSortable(true).setFlexGrow(2);
        grid.addColumn(lead -> getTranslation("pipeline.stage." + lead.getStage().name()))
                .setHeader(getTranslation("pipeline.lead.stage")).setKey("stage").setSortable(true);
        grid.addColumn(lead -> lead.getOwnerRef().displayName()).setHeader(getTranslation("pipeline.lead.owner"))
                .setKey("owner").setSortable(true);
        grid.addColumn(Lead::getSector).setHeader(getTranslation("pipeline.lead.sector")).setKey("sector")
                .setSortable(true);
        grid.addColumn(Lead::getCountry).setHeader(getTranslation("pipeline.lead.country")).setKey("country")
                .setSortable(true);
        grid.addColumn(lead -> getTranslation("pipeline.interest." + lead.getInterestKind().name()))
                .setHeader(getTranslation("pipeline.lead.interest-kind")).setKey("interestKind").setSortable(true);
        grid.addColumn(lead -> dueText(lead, today)).setHeader(getTranslation("pipeline.lead.next-action-due"))
                .setKey("nextActionDue").setSortable(true)
                .setPartNameGenerator(lead -> lead.isOverdue(today) ? "overdue" : null);
        grid.addColumn(Lead::getProbability).setHeader(getTranslation("pipeline.lead.probability"))
                .setKey("probability").setSortable(true);
        grid.addColumn(lead -> Formats.money(lead.getInvestment().getAmount(), lead.getInvestment().getCurrency(),
                getLocale())).setHeader(getTranslation("pipeline.lead.estimated-investment"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setItems(query -> leadService.page(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("nextActionDue")).build());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(LeadView.class,
                LeadView.parameters(click.getItem().getId()))));
        grid.setSizeFull();

        var notes = new com.vaadin.flow.component.html.Div(scope, confidential);
        notes.addClassName("lead-list-notes");
        add(header, filters, savedFilters, notes, grid);
        confidential.show(boardService.confidentialNotShown(filter));
        expand(grid);
    }

    /**
     * ?stage=NEGOTIATION opens the list narrowed to that stage, as the dashboard's funnel links to it; ?open=true and
     * ?reached=ESTABLISHED&from=…&to=… (or reached=ENTERED) narrow it as the dashboard's pipeline figures count.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var stage = parameters.getSingleParameter("stage").flatMap(LeadListView::stage);
        scope.set(parameters);
        if (stage.isPresent() || scope.isSet()) {
            filters.set(LeadFilter.all().withStage(stage.orElse(null)));
        }
    }

    private void applyBar() {
        apply(filters.value());
    }

    /** The filter bar's filter within the dashboard's narrowing, and how many confidential leads it leaves out. */
    private void apply(LeadFilter changed) {
        filter = scope.narrow(changed);
        grid.getDataProvider().refreshAll();
        confidential.show(boardService.confidentialNotShown(filter));
    }

    private static java.util.Optional<LeadStage> stage(String name) {
        try {
            return java.util.Optional.of(LeadStage.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.list.title");
    }

    private String dueText(Lead lead, LocalDate today) {
        var date = Formats.date(lead.getNextActionDue(), getLocale());
        return lead.isOverdue(today) ? getTranslation("pipeline.card.overdue", date) : date;
    }
}
