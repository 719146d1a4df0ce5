package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** A key figure as a card; the whole card is the link to the list behind it. */
class FigureCard extends RouterLink {

    FigureCard(DashboardContent.Figure figure) {
        super("", figure.link().view());
        setQueryParameters(figure.link().queryParameters());
        addClassName("figure-card");
        getElement().setAttribute("data-figure", figure.id());
        var label = new Span(figure.label());
        label.addClassName("figure-label");
        var value = new Span(figure.value());
        value.addClassName("figure-value");
        var detail = new Span(figure.detail());
        detail.addClassName("figure-detail");
        add(label, value, detail);
    }
}
