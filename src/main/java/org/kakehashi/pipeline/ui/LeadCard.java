package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadStage;

/**
 * A lead on the board: company, sector, owner and next action date, overdue marked. Who may change leads drags it
 * to another column, or moves it with its "Move to" menu from the keyboard.
 */
class LeadCard extends Div {

    private final Lead lead;

    LeadCard(Lead lead, LocalDate today, boolean movable, BiConsumer<Lead, LeadStage> mover) {
        this.lead = lead;
        addClassName("lead-card");
        getElement().setAttribute("data-lead-id", String.valueOf(lead.getId()));

        var company = new RouterLink(lead.getCompanyName(), LeadView.class, LeadView.parameters(lead.getId()));
        company.addClassName("lead-card-company");
        var title = new Div(company);
        title.addClassName("lead-card-title");
        if (lead.isConfidential()) {
            var lock = VaadinIcon.LOCK.create();
            lock.addClassName("lead-card-confidential");
            lock.getElement().setAttribute("title", getTranslation("pipeline.lead.confidential"));
            lock.getElement().setAttribute("aria-label", getTranslation("pipeline.lead.confidential"));
            title.add(lock);
        }
        add(title);
        if (lead.getCompanyNameJapanese() != null && !lead.getCompanyNameJapanese().isBlank()) {
            add(line("lead-card-japanese", lead.getCompanyNameJapanese()));
        }
        add(line("lead-card-sector", lead.getSector() == null ? "" : lead.getSector()));
        add(line("lead-card-owner", lead.getOwnerRef().displayName()));
        add(nextAction(today));

        if (movable) {
            var dragSource = DragSource.configure(this, true);
            dragSource.setDragData(lead);
            dragSource.setEffectAllowed(EffectAllowed.MOVE);
            add(moveButton(mover));
        }
    }

    Lead lead() {
        return lead;
    }

    private Span nextAction(LocalDate today) {
        var due = lead.getNextActionDue();
        if (due == null) {
            var none = line("lead-card-next", getTranslation("pipeline.card.no-next-action"));
            none.addClassName("none");
            return none;
        }
        var text = getTranslation("pipeline.card.next-action", Formats.date(due, getLocale()));
        if (lead.isOverdue(today)) {
            var overdue = line("lead-card-next", getTranslation("pipeline.card.overdue", text));
            overdue.addClassName("overdue");
            return overdue;
        }
        return line("lead-card-next", text);
    }

    /**
     * The keyboard's way to move the card: one button that opens the choice of stage. The choice is built when it is
     * asked for, not for every card of the board: a menu per card made up half of what the board sent the browser.
     */
    private Button moveButton(BiConsumer<Lead, LeadStage> mover) {
        var move = new Button(getTranslation("pipeline.card.move"), click -> new MoveDialog(lead, mover).open());
        move.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        move.addClassName("lead-card-move");
        move.setAriaLabel(getTranslation("pipeline.card.move-aria", lead.getCompanyName()));
        return move;
    }

    private static Span line(String className, String text) {
        var span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
