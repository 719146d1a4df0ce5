package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.pipeline.Activity;
import org.kakehashi.pipeline.ActivityKind;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.NextStep;

/**
 * A lead's activities, newest first, and for who may change leads a form to add one, which can set the lead's
 * next action at the same time. Adding fires an event; the view calls the service.
 */
class ActivityTimeline extends VerticalLayout {

    final UnorderedList entries = new UnorderedList();
    final Select<ActivityKind> kind = new Select<>();
    final DatePicker date = Pickers.date();
    final TextArea summary = new TextArea();
    final Checkbox setsNextAction = new Checkbox();
    final TextField nextAction = new TextField();
    final DatePicker nextActionDue = Pickers.date();
    final Button add = new Button();

    private final BeanValidationBinder<Activity> binder = new BeanValidationBinder<>(Activity.class);
    private final FormLayout form;
    private Activity draft = new Activity();

    ActivityTimeline() {
        addClassName("activity-timeline");
        setPadding(false);
        kind.setLabel(getTranslation("pipeline.activity.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("pipeline.activity." + value.name()));
        date.setLabel(getTranslation("pipeline.activity.date"));
        summary.setLabel(getTranslation("pipeline.activity.summary"));
        setsNextAction.setLabel(getTranslation("pipeline.activity.sets-next-action"));
        nextAction.setLabel(getTranslation("pipeline.lead.next-action"));
        nextActionDue.setLabel(getTranslation("pipeline.lead.next-action-due"));
        nextAction.setVisible(false);
        nextActionDue.setVisible(false);
        setsNextAction.addValueChangeListener(change -> {
            nextAction.setVisible(change.getValue());
            nextActionDue.setVisible(change.getValue());
        });
        binder.bind(kind, "kind");
        binder.bind(date, "date");
        binder.bind(summary, "summary");

        List.<HasValue<?, ?>>of(kind, date, summary).forEach(required -> required.setRequiredIndicatorVisible(true));
        add.setText(getTranslation("pipeline.activity.add"));
        add.addClickListener(click -> submit());
        form = new FormLayout(kind, date, summary, setsNextAction, nextAction, nextActionDue, add);
        form.setColspan(summary, 2);
        entries.addClassName("activity-entries");
        add(new H3(getTranslation("pipeline.activity.title")), form, entries);
    }

    /** Shows the activities; with {@code editable}, an empty form for the next one dated today. */
    void show(List<Activity> activities, LocalDate today, boolean editable) {
        form.setVisible(editable);
        draft = new Activity();
        draft.setDate(today);
        binder.readBean(draft);
        setsNextAction.setValue(false);
        nextAction.clear();
        nextActionDue.clear();
        entries.removeAll();
        if (activities.isEmpty()) {
            entries.add(new ListItem(getTranslation("pipeline.activity.none")));
        }
        for (var activity : activities) {
            var heading = new Span(getTranslation("pipeline.activity.entry",
                    getTranslation("pipeline.activity." + activity.getKind().name()),
                    Formats.date(activity.getDate(), getLocale()), activity.getAuthorRef().displayName()));
            heading.addClassName("activity-heading");
            var item = new ListItem(heading, new Paragraph(activity.getSummary()));
            item.addClassName("activity-entry");
            entries.add(item);
        }
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    private void submit() {
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(draft)) {
            return;
        }
        NextStep nextStep = null;
        if (setsNextAction.getValue()) {
            if (nextAction.getValue().isBlank() || nextActionDue.getValue() == null) {
                nextAction.setInvalid(nextAction.getValue().isBlank());
                nextAction.setErrorMessage(getTranslation("validation.required"));
                nextActionDue.setInvalid(nextActionDue.getValue() == null);
                nextActionDue.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            nextStep = new NextStep(nextAction.getValue().strip(), nextActionDue.getValue());
        }
        fireEvent(new AddEvent(this, draft, nextStep));
    }

    static class AddEvent extends ComponentEvent<ActivityTimeline> {
        private final Activity activity;
        private final NextStep nextStep;

        AddEvent(ActivityTimeline source, Activity activity, NextStep nextStep) {
            super(source, false);
            this.activity = activity;
            this.nextStep = nextStep;
        }

        Activity activity() {
            return activity;
        }

        NextStep nextStep() {
            return nextStep;
        }
    }
}
