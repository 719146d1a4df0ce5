package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadStage;

/**
 * The narrowing a dashboard figure opens the lead list with, beyond the filter bar's fields: the open leads (the
 * weighted pipeline) or the leads that reached a stage in a period (establishments won, conversion). Shown as a
 * line that says so, with a button to remove it.
 */
class DashboardScope extends HorizontalLayout {

    /** The value of ?reached= for entering the pipeline rather than a stage. */
    static final String ENTERED = "ENTERED";

    private final Span text = new Span();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private boolean openOnly;
    private LeadFilter.Reached reached;

    DashboardScope(Runnable onRemove) {
        addClassName("dashboard-scope");
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("pipeline.scope.remove"));
        remove.addClickListener(click -> {
            openOnly = false;
            reached = null;
            setVisible(false);
            onRemove.run();
        });
        add(text, remove);
        setVisible(false);
    }

    void set(QueryParameters parameters) {
        openOnly = parameters.getSingleParameter("open").map(Boolean::parseBoolean).orElse(false);
        var from = parameters.getSingleParameter("from").flatMap(DashboardScope::date);
        var to = parameters.getSingleParameter("to").flatMap(DashboardScope::date);
        reached = parameters.getSingleParameter("reached").filter(value -> from.isPresent() && to.isPresent())
                .flatMap(value -> value.equals(ENTERED) ? Optional.of(new LeadFilter.Reached(null, from.get(), to.get()))
                        : stage(value).map(stage -> new LeadFilter.Reached(stage, from.get(), to.get())))
                .orElse(null);
        if (openOnly) {
            text.setText(getTranslation("pipeline.scope.open"));
        } else if (reached != null) {
            var first = Formats.date(reached.from(), getLocale());
            var last = Formats.date(reached.to(), getLocale());
            text.setText(reached.stage() == null ? getTranslation("pipeline.scope.entered", first, last)
                    : getTranslation("pipeline.scope.reached",
                            getTranslation("pipeline.stage." + reached.stage().name()), first, last));
        }
        setVisible(isSet());
    }

    boolean isSet() {
        return openOnly || reached != null;
    }

    LeadFilter narrow(LeadFilter filter) {
        return filter.withOpenOnly(openOnly).withReached(reached);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<LeadStage> stage(String name) {
        try {
            return Optional.of(LeadStage.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
