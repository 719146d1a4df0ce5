package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiConsumer;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadStage;

/** The stages a card can move to, one button each; Escape or Cancel leaves the card where it is. */
class MoveDialog extends Dialog {

    MoveDialog(Lead lead, BiConsumer<Lead, LeadStage> mover) {
        setHeaderTitle(getTranslation("pipeline.card.move-aria", lead.getCompanyName()));
        var stages = new VerticalLayout();
        stages.setPadding(false);
        stages.setSpacing(false);
        for (var stage : LeadStage.values()) {
            if (stage != lead.getStage()) {
                var choice = new Button(getTranslation("pipeline.stage." + stage.name()), click -> {
                    close();
                    mover.accept(lead, stage);
                });
                choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                choice.addClassName("move-to-stage");
                stages.add(choice);
            }
        }
        ((Button) stages.getComponentAt(0)).setAutofocus(true);
        add(stages);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
    }
}
