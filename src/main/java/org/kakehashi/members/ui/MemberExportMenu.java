package org.kakehashi.members.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kakehashi.members.ExportFormat;
import org.kakehashi.members.MemberExchangeService;
import org.kakehashi.members.OrganisationFilter;

/**
 * The export menu of the member list: the member list and the mailing list, as CSV or Excel, in the user's
 * language, of what the list's filters show at the moment of the download; and for those who import, the register
 * in the import's own columns and codes, to edit and import again.
 */
public class MemberExportMenu extends Composite<MenuBar> {

    final List<Anchor> downloads;

    public MemberExportMenu(MemberExchangeService exchange, SerializableSupplier<OrganisationFilter> filter,
            boolean forImport) {
        downloads = downloads(exchange, filter, forImport);
        var menu = getContent();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var export = menu.addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("exchange.export.menu"));
        downloads.forEach(download -> export.getSubMenu().addItem(download));
        export.getSubMenu().addItem(getTranslation("exchange.title"),
                click -> getUI().ifPresent(ui -> ui.navigate(MemberExchangeView.class)));
    }

    /** The downloads as links, for the menu and for the import and export page. */
    static List<Anchor> downloads(MemberExchangeService exchange, SerializableSupplier<OrganisationFilter> filter,
            boolean forImport) {
        var forPeople = List.of(
                download("exchange.export.members-csv",
                        handler(exchange, "members", exchange::exportMembers, filter, ExportFormat.CSV)),
                download("exchange.export.members-xlsx",
                        handler(exchange, "members", exchange::exportMembers, filter, ExportFormat.XLSX)),
                download("exchange.export.mailing-csv",
                        handler(exchange, "mailing-list", exchange::exportMailingList, filter, ExportFormat.CSV)),
                download("exchange.export.mailing-xlsx",
                        handler(exchange, "mailing-list", exchange::exportMailingList, filter, ExportFormat.XLSX)));
        if (!forImport) {
            return forPeople;
        }
        var register = download("exchange.export.register-csv",
                handler(exchange, "register-for-import", (chosen, format, locale, out) ->
                        exchange.exportRegisterForImport(chosen, locale, out), filter, ExportFormat.CSV));
        register.getElement().setAttribute("title", register.getTranslation("exchange.export.register-help"));
        return Stream.concat(forPeople.stream(), Stream.of(register)).toList();
    }

    private static Anchor download(String textKey, DownloadHandler handler) {
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.setText(anchor.getTranslation(textKey));
        anchor.addClassName("export-download");
        return anchor;
    }

    /** One of the service's exports, as the download writes it. */
    @FunctionalInterface
    private interface Export extends Serializable {
        void write(OrganisationFilter filter, ExportFormat format, Locale locale, OutputStream out) throws IOException;
    }

    private static DownloadHandler handler(MemberExchangeService exchange, String fileBase, Export export,
            SerializableSupplier<OrganisationFilter> filter, ExportFormat format) {
        return event -> {
            event.setFileName(exchange.fileName(fileBase, format));
            event.setContentType(format.contentType());
            export.write(filter.get(), format, locale(event.getUI()), event.getOutputStream());
        };
    }

    static Locale locale(com.vaadin.flow.component.UI ui) {
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
