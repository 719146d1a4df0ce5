package org.kakehashi.members.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.PrivacyService;

/** The export of all that is held on a person, and their erasure after a confirmation that names them. */
final class PrivacyActions {

    private PrivacyActions() {
    }

    static Anchor exportLink(PrivacyService privacy, ContactPerson contact) {
        var id = contact.getId();
        DownloadHandler handler = event -> {
            var locale = MemberExportMenu.locale(event.getUI());
            event.setFileName(privacy.exportFileName(id));
            event.setContentType("text/plain; charset=UTF-8");
            event.getOutputStream().write(privacy.export(id, locale).getBytes(StandardCharsets.UTF_8));
        };
        var link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.setText(link.getTranslation("privacy.export.download"));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        link.addClassName("privacy-export");
        return link;
    }

    static void confirmErase(PrivacyService privacy, ContactPerson contact, Runnable afterErase) {
        var name = contact.getFullName();
        var confirm = new ConfirmDialog();
        confirm.setHeader(confirm.getTranslation("privacy.erase.title", name));
        confirm.setText(confirm.getTranslation("privacy.erase.text", name));
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("action.cancel"));
        confirm.setConfirmText(confirm.getTranslation("privacy.erase.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            privacy.erase(contact.getId());
            Notification.show(confirm.getTranslation("privacy.erased", name), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterErase.run();
        });
        confirm.open();
    }
}
