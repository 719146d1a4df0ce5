package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.html.Span;

/**
 * "+1 confidential": the confidential leads of others that a list or a board column leaves out but the dashboard
 * counts, so that the two agree; hidden when there are none.
 */
class ConfidentialNotShown extends Span {

    ConfidentialNotShown() {
        addClassName("confidential-not-shown");
        setVisible(false);
    }

    void show(long count) {
        setText(count > 0 ? getTranslation("pipeline.confidential-not-shown", count) : "");
        getElement().setAttribute("title", getTranslation("pipeline.confidential-not-shown.why"));
        getElement().setAttribute("data-count", String.valueOf(count));
        setVisible(count > 0);
    }
}
