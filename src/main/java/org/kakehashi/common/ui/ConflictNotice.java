package org.kakehashi.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Tells a user that someone else saved the record first, and offers to load that version. */
public final class ConflictNotice {

    private ConflictNotice() {
    }

    public static void show(Runnable reload) {
        var ui = UI.getCurrent();
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var reloadButton = new Button(ui.getTranslation("action.reload"), click -> {
            notification.close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(ui.getTranslation("action.close"), click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var content = new HorizontalLayout(new Span(ui.getTranslation("error.conflict")), reloadButton, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }
}
