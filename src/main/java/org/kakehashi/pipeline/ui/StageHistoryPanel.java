package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.pipeline.StageChange;
import org.kakehashi.pipeline.StagePeriod;

/** A lead's stage history: each stage it went through, who moved it there and when, and how long it stayed. */
class StageHistoryPanel extends VerticalLayout {

    record Row(StageChange change, StagePeriod period) {
    }

    final Grid<Row> grid = new Grid<>();

    StageHistoryPanel(ZoneId zone) {
        addClassName("stage-history");
        setPadding(false);
        grid.addColumn(row -> getTranslation("pipeline.stage." + row.change().getToStage().name()))
                .setHeader(getTranslation("pipeline.history.stage"));
        grid.addColumn(row -> Formats.dateTime(row.change().getChangedAt(), zone, getLocale()))
                .setHeader(getTranslation("pipeline.history.when"));
        grid.addColumn(row -> row.change().getChangedByRef().displayName())
                .setHeader(getTranslation("pipeline.history.who"));
        grid.addColumn(row -> getTranslation(row.period().left() == null ? "pipeline.history.days-so-far"
                        : "pipeline.history.days", row.period().duration().toDays()))
                .setHeader(getTranslation("pipeline.history.time-in-stage"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("pipeline.history.title")), grid);
    }

    /** The history and the periods come from the service in the same order, one period per change. */
    void show(List<StageChange> history, List<StagePeriod> periods) {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < history.size() && i < periods.size(); i++) {
            rows.add(new Row(history.get(i), periods.get(i)));
        }
        grid.setItems(rows.reversed());
    }
}
