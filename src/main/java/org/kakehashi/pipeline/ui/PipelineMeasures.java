package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.kakehashi.pipeline.PipelineFigureService;

/**
 * This year's conversion (of the leads that entered the pipeline, how many are established) and the average time
 * leads stay in each stage, each a link to the list behind it: a line above the board.
 */
class PipelineMeasures extends Div {

    final RouterLink conversion;

    PipelineMeasures(PipelineFigureService figures, Clock clock) {
        addClassName("pipeline-measures");
        var today = LocalDate.now(clock);
        var from = today.withDayOfYear(1);
        var to = from.plusYears(1).minusDays(1);
        var counted = figures.conversionToEstablished(from, to);
        var percent = NumberFormat.getPercentInstance(getLocale()).format(counted.rate());
        conversion = new RouterLink(getTranslation("pipeline.measures.conversion", today.getYear(),
                counted.established(), counted.leads(), percent), LeadListView.class);
        conversion.setQueryParameters(QueryParameters.simple(Map.of("reached", DashboardScope.ENTERED,
                "from", from.toString(), "to", to.toString())));
        conversion.addClassName("pipeline-conversion");
        var times = new Div(new Span(getTranslation("pipeline.measures.time-in-stage")));
        times.addClassName("pipeline-time-in-stage");
        figures.averageTimeInStage().forEach((stage, time) -> {
            var link = new RouterLink(getTranslation("pipeline.stage." + stage.name()) + " "
                    + getTranslation("pipeline.history.days", time.toDays()), LeadListView.class);
            link.setQueryParameters(QueryParameters.simple(Map.of("stage", stage.name())));
            link.getElement().setAttribute("data-stage", stage.name());
            times.add(link);
        });
        add(conversion, times);
    }
}
