package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.kakehashi.pipeline.BoardColumn;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadStage;

/** One stage on the board: its first cards, how many it holds, "show more", and a place to drop a card. */
class StageColumn extends Div {

    private final LeadStage stage;
    private final Span count = new Span();
    final ConfidentialNotShown confidential = new ConfidentialNotShown();
    private final Div cards = new Div();
    final Button showMore = new Button();
    private final boolean movable;
    private final BiConsumer<Lead, LeadStage> mover;

    StageColumn(LeadStage stage, boolean movable, BiConsumer<Lead, LeadStage> mover, Runnable onShowMore) {
        this.stage = stage;
        this.movable = movable;
        this.mover = mover;
        addClassName("stage-column");
        getElement().setAttribute("data-stage", stage.name());

        var title = new H3(getTranslation("pipeline.stage." + stage.name()));
        title.addClassName("stage-column-title");
        count.addClassName("stage-column-count");
        var header = new Div(title, count, confidential);
        header.addClassName("stage-column-header");
        cards.addClassName("stage-column-cards");

        showMore.setText(getTranslation("pipeline.board.show-more"));
        showMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        showMore.addClickListener(click -> onShowMore.run());
        add(header, cards, showMore);

        if (movable) {
            var dropTarget = DropTarget.configure(this, true);
            dropTarget.setDropEffect(DropEffect.MOVE);
            dropTarget.addDropListener(drop -> drop.getDragData()
                    .filter(Lead.class::isInstance)
                    .map(Lead.class::cast)
                    .ifPresent(lead -> mover.accept(lead, stage)));
        }
    }

    LeadStage stage() {
        return stage;
    }

    void show(BoardColumn column, LocalDate today) {
        count.setText(String.valueOf(column.total()));
        count.getElement().setAttribute("aria-label",
                getTranslation("pipeline.board.count", column.total()));
        confidential.show(column.confidentialNotShown());
        cards.removeAll();
        column.leads().forEach(lead -> cards.add(new LeadCard(lead, today, movable, mover)));
        showMore.setVisible(column.hasMore());
    }

    List<LeadCard> cards() {
        return cards.getChildren().map(LeadCard.class::cast).toList();
    }
}
