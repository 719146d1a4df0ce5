package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.pipeline.Activity;
import org.kakehashi.pipeline.ActivityService;
import org.kakehashi.security.Roles;

/**
 * The activities of some days (?from=2026-03-01&to=2026-03-31; this month without), each with its lead, newest
 * first: the list behind a month of the dashboard's activities. Those on confidential leads of others are counted,
 * not shown.
 */
@Route(ActivityListView.PATH)
@com.vaadin.flow.component.dependency.StyleSheet("styles/pipeline.css")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class ActivityListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "pipeline/activities";

    final Grid<Activity> grid = new Grid<>();
    final ConfidentialNotShown confidential = new ConfidentialNotShown();
    private final ActivityService activityService;
    private final ViewHeader header;
    private final Span days = new Span();
    private LocalDate from;
    private LocalDate to;

    public ActivityListView(ActivityService activityService, Clock clock) {
        this.activityService = activityService;
        setSizeFull();
        var month = YearMonth.now(clock);
        from = month.atDay(1);
        to = month.atEndOfMonth();
        header = new ViewHeader(getTranslation("pipeline.activity.title"), days, confidential);
        grid.addColumn(activity -> Formats.date(activity.getDate(), getLocale()))
                .setHeader(getTranslation("pipeline.activity.date")).setAutoWidth(true);
        grid.addColumn(activity -> activity.getLead().getCompanyName())
                .setHeader(getTranslation("pipeline.lead.company-name")).setFlexGrow(2);
        grid.addColumn(activity -> getTranslation("pipeline.activity." + activity.getKind().name()))
                .setHeader(getTranslation("pipeline.activity.kind")).setAutoWidth(true);
        grid.addColumn(Activity::getSummary).setHeader(getTranslation("pipeline.activity.summary")).setFlexGrow(3);
        grid.addColumn(activity -> activity.getAuthorRef().displayName())
                .setHeader(getTranslation("pipeline.activity.author")).setAutoWidth(true);
        grid.setItems(query -> activityService.activitiesOfDays(from, to,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(LeadView.class,
                LeadView.parameters(click.getItem().getLead().getId()))));
        grid.setSizeFull();
        add(header, grid);
        expand(grid);
        show();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var first = parameters.getSingleParameter("from").map(ActivityListView::date);
        var last = parameters.getSingleParameter("to").map(ActivityListView::date);
        if (first.isPresent() && first.get() != null && last.isPresent() && last.get() != null
                && !last.get().isBefore(first.get())) {
            from = first.get();
            to = last.get();
            show();
        }
    }

    private void show() {
        days.setText(getTranslation("pipeline.activity.days", Formats.date(from, getLocale()),
                Formats.date(to, getLocale())));
        grid.getDataProvider().refreshAll();
        confidential.show(activityService.activitiesOfDaysNotShown(from, to));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.activity.title");
    }
}
