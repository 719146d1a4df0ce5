package org.kakehashi.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * What a typed or old address shows when there is no page there or the page is not the user's to open: the same
 * page for both, inside the menu, so that it does not tell which addresses exist.
 */
abstract class MissingPage extends VerticalLayout implements HasDynamicTitle {

    final Paragraph message = new Paragraph();

    int show(BeforeEnterEvent event) {
        message.setText(getTranslation("error.missing.text", event.getLocation().getPath()));
        removeAll();
        add(new H2(getPageTitle()), message, new Anchor("", getTranslation("error.page.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.missing.title");
    }
}
