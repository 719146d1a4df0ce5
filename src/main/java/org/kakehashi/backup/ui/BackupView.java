package org.kakehashi.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.kakehashi.backup.BackupService;
import org.kakehashi.backup.BackupService.Backup;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.Roles;

/** The administrator's backups of the embedded database: taken every night, or now with one button. */
@Route(BackupView.PATH)
@Menu(title = "nav.backup", order = 95, icon = "vaadin:archive")
@RolesAllowed(Roles.ADMIN)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "backup";

    final Button backUpNow = new Button();
    final Grid<Backup> grid = new Grid<>();
    private final BackupService backups;

    public BackupView(BackupService backups) {
        this.backups = backups;
        setSizeFull();
        backUpNow.setText(getTranslation("backup.now"));
        backUpNow.setIcon(VaadinIcon.DOWNLOAD.create());
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.setDisableOnClick(true);
        backUpNow.addClickListener(click -> backUp());
        if (!backups.isAvailable()) {
            add(new ViewHeader(getTranslation("backup.title")), new Paragraph(getTranslation("backup.postgres")));
            return;
        }
        grid.addColumn(Backup::name).setHeader(getTranslation("backup.file")).setFlexGrow(2);
        grid.addColumn(backup -> Formats.dateTime(backup.taken(), ZoneId.systemDefault(), getLocale())).setHeader(getTranslation("backup.taken"));
        grid.addColumn(backup -> getTranslation("backup.size", Math.max(1, backup.size() / 1024)))
                .setHeader(getTranslation("backup.size-header"));
        grid.addComponentColumn(backup -> new Anchor(DownloadHandler.forFile(backup.file().toFile()),
                getTranslation("backup.download")));
        grid.setEmptyStateText(getTranslation("backup.empty"));
        add(new ViewHeader(getTranslation("backup.title"), backUpNow), new Paragraph(getTranslation("backup.intro")),
                grid);
        refresh();
    }

    private void backUp() {
        var backup = backups.backUpNow();
        var done = Notification.show(getTranslation("backup.done", backup.name()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        backUpNow.setEnabled(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title");
    }
}
