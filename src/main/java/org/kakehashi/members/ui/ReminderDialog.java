package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.members.MemberReminder;

/** One reminder as it was written: to whom, when, about which date, and its text. */
class ReminderDialog extends Dialog {

    final Div body = new Div();

    ReminderDialog(MemberReminder reminder) {
        setHeaderTitle(reminder.getSubject());
        setWidth("min(48rem, 100%)");
        var details = new FormLayout();
        details.addFormItem(new Span(reminder.getRecipientName() + " <" + reminder.getRecipientEmail() + ">"),
                getTranslation("reminders.recipient"));
        details.addFormItem(new Span(reminder.getOrganisationName()), getTranslation("reminders.organisation"));
        details.addFormItem(new Span(getTranslation(reminder.getKind().translationKey())),
                getTranslation("reminders.kind"));
        details.addFormItem(new Span(Formats.date(reminder.getPeriodDate(), getLocale())),
                getTranslation("reminders.period-date"));
        details.addFormItem(new Span(ReminderOutboxView.dateTime(reminder.getSentAt(), getLocale())),
                getTranslation("reminders.sent-at"));
        details.addFormItem(new Span(getTranslation(reminder.getDelivery().translationKey())),
                getTranslation("reminders.delivery"));
        details.addFormItem(new Span(getTranslation("language." + reminder.getLanguage())),
                getTranslation("reminders.language"));
        body.setText(reminder.getBody());
        // Set apart from the details, as the letter it is
        body.addClassNames("reminder-body", LumoUtility.Whitespace.PRE_WRAP, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.Top.MEDIUM, LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM);
        add(details, body);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
