package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadBoardService;
import org.kakehashi.security.Roles;

/** The logged-in officer's next actions that are overdue or due by the end of this week, the most urgent first. */
@Route(MyFollowUpsView.PATH)
@Menu(title = "nav.follow-ups", order = 41, icon = "vaadin:bell")
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
@StyleSheet("styles/pipeline.css")
public class MyFollowUpsView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "pipeline/follow-ups";

    final Grid<Lead> grid = new Grid<>();
    private final long count;

    public MyFollowUpsView(LeadBoardService boardService, Clock clock) {
        addClassName("follow-ups-view");
        setSizeFull();
        count = boardService.myFollowUpCount();
        var today = LocalDate.now(clock);
        grid.addColumn(lead -> Formats.date(lead.getNextActionDue(), getLocale()))
                .setHeader(getTranslation("pipeline.lead.next-action-due"));
        grid.addColumn(lead -> lead.isOverdue(today) ? getTranslation("pipeline.follow-ups.overdue")
                        : getTranslation("pipeline.follow-ups.this-week"))
                .setHeader(getTranslation("pipeline.follow-ups.status"))
                .setPartNameGenerator(lead -> lead.isOverdue(today) ? "overdue" : null);
        grid.addColumn(Lead::getNextAction).setHeader(getTranslation("pipeline.lead.next-action")).setFlexGrow(2);
        grid.addColumn(Lead::getCompanyName).setHeader(getTranslation("pipeline.lead.company-name"));
        grid.addColumn(lead -> getTranslation("pipeline.stage." + lead.getStage().name()))
                .setHeader(getTranslation("pipeline.lead.stage"));
        grid.setItems(query -> boardService.myFollowUps(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(LeadView.class,
                LeadView.parameters(click.getItem().getId()))));
        grid.setSizeFull();
        var intro = new Paragraph(getTranslation("pipeline.follow-ups.intro", count));
        add(new ViewHeader(getPageTitle()), intro, grid);
        expand(grid);
    }

    /** The title carries the count, so the navigation bar shows how many follow-ups wait. */
    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.follow-ups.count", count);
    }
}
