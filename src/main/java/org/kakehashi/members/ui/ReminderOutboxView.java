package org.kakehashi.members.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.MemberReminder;
import org.kakehashi.members.ReminderService;
import org.kakehashi.security.Roles;

/**
 * The renewal and overdue-dues reminders written to the members, newest first: what was mailed, and, while no mail
 * server is configured, the outbox of what waits to be sent by hand.
 */
@Route(ReminderOutboxView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class ReminderOutboxView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "members/reminders";

    final Grid<MemberReminder> grid = new Grid<>();
    private final ReminderService reminders;

    public ReminderOutboxView(ReminderService reminders) {
        this.reminders = reminders;
        setSizeFull();
        var count = new Span(getTranslation("reminders.count", reminders.count()));
        add(new ViewHeader(getTranslation("reminders.title"), count));
        if (!reminders.mailsReminders()) {
            var note = new Paragraph(getTranslation("reminders.outbox-note"));
            note.addClassNames("reminders-outbox-note", LumoUtility.TextColor.SECONDARY);
            add(note);
        }
        configureGrid();
        add(grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(reminder -> dateTime(reminder.getSentAt(), getLocale()))
                .setHeader(getTranslation("reminders.sent-at")).setKey("sentAt").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(reminder -> getTranslation(reminder.getKind().translationKey()))
                .setHeader(getTranslation("reminders.kind")).setKey("kind").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MemberReminder::getOrganisationName)
                .setHeader(getTranslation("reminders.organisation")).setKey("organisation").setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(MemberReminder::getRecipientName)
                .setHeader(getTranslation("reminders.recipient")).setKey("recipient").setSortable(true);
        grid.addColumn(MemberReminder::getSubject)
                .setHeader(getTranslation("reminders.subject")).setKey("subject").setSortable(true).setFlexGrow(3);
        grid.addColumn(reminder -> getTranslation(reminder.getDelivery().translationKey()))
                .setHeader(getTranslation("reminders.delivery")).setKey("delivery").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("reminders.empty", reminders.daysBefore()));
        grid.setItems(query -> reminders.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        // Selecting a row (click, or space on the keyboard) opens the reminder to read
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() != null) {
                var dialog = new ReminderDialog(selection.getValue());
                dialog.addOpenedChangeListener(opened -> {
                    if (!opened.isOpened()) {
                        grid.asSingleSelect().clear();
                    }
                });
                dialog.open();
            }
        });
    }

    /** When a reminder was written, in the server's time zone (the association's). */
    static String dateTime(Instant instant, Locale locale) {
        return Formats.dateTime(instant, ZoneId.systemDefault(), locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title");
    }
}
