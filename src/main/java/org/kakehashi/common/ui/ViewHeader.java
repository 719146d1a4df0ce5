package org.kakehashi.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title, with room for its actions on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, Component... actions) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        var heading = new H2(title);
        heading.addClassName("view-title");
        add(heading);
        expand(heading);
        add(actions);
    }
}
