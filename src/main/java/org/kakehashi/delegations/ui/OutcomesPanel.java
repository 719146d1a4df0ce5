package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.kakehashi.delegations.DelegationOutcomes.DelegationOutcome;

/** The leads and other outcomes a delegation produced or advanced, as other modules report them. */
class OutcomesPanel extends VerticalLayout {

    final UnorderedList list = new UnorderedList();

    final Paragraph totals = new Paragraph();

    /** The outcomes, then what they add up to, then the links that create a new one. */
    OutcomesPanel(List<DelegationOutcome> outcomes, List<String> totalLines, List<DelegationOutcome> creations) {
        setPadding(false);
        add(new H3(getTranslation("outcome.title")));
        for (var creation : creations) {
            var create = new Anchor(creation.route(), creation.title());
            create.addClassName("outcome-create");
            add(create);
        }
        totals.addClassName("outcome-totals");
        totals.setText(String.join(" · ", totalLines));
        totals.setVisible(!totalLines.isEmpty());
        add(totals);
        if (outcomes.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.none")));
            return;
        }
        for (var outcome : outcomes) {
            var detail = new Span(" · " + outcome.detail());
            detail.addClassName("outcome-detail");
            list.add(new ListItem(new Anchor(outcome.route(), outcome.title()), detail));
        }
        add(list);
    }
}
