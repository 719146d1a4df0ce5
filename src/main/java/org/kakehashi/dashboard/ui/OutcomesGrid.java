package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.delegations.ui.DelegationView;
import org.kakehashi.pipeline.DelegationOutcomeTotals;

/**
 * What the delegations of the period produced: their leads by state, jobs and investment, each delegation a link to
 * its page (which lists the leads the user may see). Totals only, so confidential leads count without showing.
 */
class OutcomesGrid extends Grid<DelegationOutcomeTotals> {

    /** The delegations with the most leads that are shown; the rest are counted below the grid. */
    static final int SHOWN = 10;

    OutcomesGrid(DashboardContent content, List<DelegationOutcomeTotals> outcomes) {
        addClassName("outcomes-grid");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addComponentColumn(outcome -> new RouterLink(outcome.title(), DelegationView.class,
                new RouteParameters(DelegationView.ID, String.valueOf(outcome.delegationId()))))
                .setHeader(getTranslation("dashboard.outcomes.delegation")).setFlexGrow(3);
        addColumn(outcome -> Formats.date(outcome.startDate(), getLocale()))
                .setHeader(getTranslation("dashboard.outcomes.start")).setAutoWidth(true);
        addColumn(outcome -> content.number(outcome.leads())).setHeader(getTranslation("dashboard.outcomes.leads"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        addColumn(outcome -> content.number(outcome.open())).setHeader(getTranslation("dashboard.outcomes.open"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        addColumn(outcome -> content.number(outcome.established()))
                .setHeader(getTranslation("dashboard.outcomes.established"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        addColumn(outcome -> content.number(outcome.estimatedJobs()))
                .setHeader(getTranslation("dashboard.outcomes.jobs"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        addColumn(outcome -> content.money(outcome.investment()))
                .setHeader(getTranslation("dashboard.outcomes.investment")).setFlexGrow(2)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        setItems(outcomes.stream().limit(SHOWN).toList());
        setAllRowsVisible(true);
        setSelectionMode(SelectionMode.NONE);
        setEmptyStateText(getTranslation("dashboard.outcomes.empty"));
    }
}
