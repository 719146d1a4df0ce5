package org.kakehashi.common.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The page of a module that is still being built: it says what will be there. */
public abstract class PlannedPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    protected PlannedPage(String titleKey, String introKey, String... plannedKeys) {
        this.titleKey = titleKey;
        addClassName("planned-page");
        var list = new UnorderedList();
        for (var key : plannedKeys) {
            list.add(new ListItem(getTranslation(key)));
        }
        add(new ViewHeader(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
