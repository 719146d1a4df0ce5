package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * One chart: its title linking to the list behind it, the chart drawn on the server as SVG, and the same numbers as
 * a table for screen readers and for printing, each row a link to its part of the list.
 */
class ChartPanel extends Div {

    final Html svg;
    final Element table;

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
        var numbers = new Div();
        numbers.addClassName("chart-numbers");
        numbers.getElement().appendChild(table);
        add(title, svg, numbers);
        if (chart.rows().isEmpty()) {
            // Bare axes would look broken: a new register, or a year before any data, says so instead
            svg.setVisible(false);
            var empty = new Paragraph(getTranslation("dashboard.chart.empty"));
            empty.addClassName("chart-empty");
            addComponentAtIndex(1, empty);
        }
    }

    private static Element numbers(DashboardContent content, ChartData chart) {
        var table = new Element("table");
        table.setAttribute("id", "chart-numbers-" + chart.id());
        table.appendChild(new Element("caption").setText(chart.title()));
        var head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col"));
        chart.series().forEach(series -> head.appendChild(new Element("th").setAttribute("scope", "col")
                .setText(series)));
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (var row : chart.rows()) {
            var line = new Element("tr");
            var label = new Element("th").setAttribute("scope", "row");
            label.appendChild(row.link().routerLink(row.label()).getElement());
            line.appendChild(label);
            row.values().forEach(value -> line.appendChild(new Element("td")
                    .setText(content.value(chart, row, value))));
            body.appendChild(line);
        }
        return table.appendChild(body);
    }
}
