package org.kakehashi.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title, with room for its actions on the right. */
public class ViewHeader extends HorizontalLayout {

    private final H2 heading = new H2();

    public ViewHeader(String title, Component... actions) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setText(title);
        heading.addClassName("view-title");
        add(heading);
        expand(heading);
        add(actions);
    }

    public void setTitle(String title) {
        heading.setText(title);
    }
}
