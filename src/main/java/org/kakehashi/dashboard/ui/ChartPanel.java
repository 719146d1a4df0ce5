package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * One chart: its title linking to the list behind it, the chart drawn on the server as SVG, and the same numbers as
 * a table for screen readers and for printing, each row a link to its part of the list.
 */
class ChartPanel extends Div {

    final Html svg;
    final Html table;

    ChartPanel(DashboardContent content, ChartData chart, Locale locale) {
        addClassName("chart-panel");
        getElement().setAttribute("data-chart", chart.id());
        var title = new H3(chart.link().routerLink(chart.title()));
        title.setId("chart-title-" + chart.id());
        title.addClassName("chart-title");

        // wrapped, so that the browser's parser reads the SVG (Html would lower-case the root's viewBox)
        svg = new Html("<div>" + DashboardCharts.svg(chart, locale) + "</div>");
        svg.getElement().setAttribute("role", "img");
        svg.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        svg.getElement().setAttribute("aria-describedby", "chart-numbers-" + chart.id());
        svg.getElement().setAttribute("class", "chart-svg");

        table = numbers(content, chart);
        var numbers = new Div(table);
        numbers.addClassName("chart-numbers");
        add(title, svg, numbers);
        if (chart.rows().isEmpty()) {
            // Bare axes would look broken: a new register, or a year before any data, says so instead
            svg.setVisible(false);
            var empty = new Paragraph(getTranslation("dashboard.chart.empty"));
            empty.addClassName("chart-empty");
            addComponentAtIndex(1, empty);
        }
    }

    /**
     * The table as one piece of HTML rather than an element per cell: the page keeps one node for it instead of
     * dozens, which made up most of what a session on the dashboard held. Every text is escaped.
     */
    private static Html numbers(DashboardContent content, ChartData chart) {
        var html = new StringBuilder("<table id=\"chart-numbers-").append(chart.id()).append("\"><caption>")
                .append(escape(chart.title())).append("</caption><thead><tr><th scope=\"col\"></th>");
        chart.series().forEach(series -> html.append("<th scope=\"col\">").append(escape(series)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (var row : chart.rows()) {
            html.append("<tr><th scope=\"row\"><a router-link href=\"").append(escape(row.link().href()))
                    .append("\">").append(escape(row.label())).append("</a></th>");
            row.values().forEach(value -> html.append("<td>").append(escape(content.value(chart, row, value)))
                    .append("</td>"));
            html.append("</tr>");
        }
        return new Html(html.append("</tbody></table>").toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
