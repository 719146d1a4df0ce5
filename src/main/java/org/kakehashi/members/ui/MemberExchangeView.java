package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.ExportFormat;
import org.kakehashi.members.ImportColumn;
import org.kakehashi.members.ImportException;
import org.kakehashi.members.ImportPreview;
import org.kakehashi.members.ImportRow;
import org.kakehashi.members.MemberExchangeService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/**
 * The register's files: exports of the member list and the mailing list for every reader of the register, and for
 * the secretary the import of organisations with their contacts from CSV, previewed row by row before anything is
 * written.
 */
@Route(MemberExchangeView.PATH)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MemberExchangeView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "members/exchange";
    private static final int MEGABYTE = 1024 * 1024;
    private static final int PREVIEW_ROWS_SHOWN_WHOLE = 10;

    final List<Anchor> downloads;
    final Span exportCount = new Span();
    final OrganisationFilterBar filterBar;
    final VerticalLayout importSection = new VerticalLayout();
    final Upload upload = new Upload();
    final Paragraph importMessage = new Paragraph();
    final VerticalLayout preview = new VerticalLayout();
    final Paragraph previewSummary = new Paragraph();
    final Paragraph previewColumns = new Paragraph();
    final Grid<ImportRow> previewGrid = new Grid<>();
    final Checkbox skipDuplicates = new Checkbox();
    final Button confirmImport = new Button();
    final Button discardImport = new Button();

    private final OrganisationService organisations;
    private final MemberExchangeService exchange;
    private OrganisationFilter filter = OrganisationFilter.all();
    private ImportPreview currentPreview;

    public MemberExchangeView(MemberExchangeService exchange, OrganisationService organisations,
            MembershipService memberships, CurrentUser currentUser) {
        this.exchange = exchange;
        this.organisations = organisations;
        filterBar = new OrganisationFilterBar(organisations.cities(), memberships.types(), this::applyFilter);
        downloads = MemberExportMenu.downloads(exchange, () -> filter,
                currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN));

        var back = new Anchor(MemberListView.PATH, getTranslation("members.back-to-list"));
        add(new ViewHeader(getTranslation("exchange.title"), back), exportSection());
        if (currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN)) {
            buildImportSection();
            add(importSection);
        }
        applyFilter(filter);
    }

    private VerticalLayout exportSection() {
        var links = new HorizontalLayout();
        links.setWrap(true);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        downloads.forEach(links::add);
        exportCount.addClassName("export-count");
        var section = new VerticalLayout(new H3(getTranslation("exchange.export.title")),
                new Paragraph(getTranslation("exchange.export.intro")), filterBar, exportCount, links);
        section.setPadding(false);
        return section;
    }

    private void applyFilter(OrganisationFilter newFilter) {
        filter = newFilter;
        exportCount.setText(getTranslation("members.count", organisations.count(filter)));
    }

    private void buildImportSection() {
        importSection.setPadding(false);
        var template = new Anchor(event -> {
            event.setFileName("member-import-template.csv");
            event.setContentType(ExportFormat.CSV.contentType());
            exchange.writeImportTemplate(MemberExportMenu.locale(event.getUI()), event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("exchange.import.template"));

        var columns = new Grid<ImportColumn>();
        columns.addColumn(ImportColumn::header).setHeader(getTranslation("exchange.import.column")).setAutoWidth(true);
        columns.addColumn(column -> column.isRequired() ? getTranslation("exchange.import.required") : "")
                .setHeader(getTranslation("exchange.import.required")).setAutoWidth(true);
        columns.addColumn(column -> getTranslation(column.descriptionKey()))
                .setHeader(getTranslation("exchange.import.meaning")).setFlexGrow(1);
        columns.setItems(ImportColumn.values());
        columns.setAllRowsVisible(true);
        columns.addThemeVariants(GridVariant.LUMO_COMPACT);
        var columnHelp = new Details(getTranslation("exchange.import.columns"), columns);
        columnHelp.setWidthFull();

        upload.setUploadHandler(this::receive);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MemberExchangeService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("exchange.import.choose-file")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("exchange.import.drop-file")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(tooLargeMessage())
                        .setIncorrectFileType(getTranslation("exchange.import.error.not-csv"))
                        .setTooManyFiles(getTranslation("exchange.import.error.one-file")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));

        importMessage.addClassName("import-message");
        importMessage.setVisible(false);
        buildPreview();

        importSection.add(new H3(getTranslation("exchange.import.title")),
                new Paragraph(getTranslation("exchange.import.intro", MemberExchangeService.MAX_IMPORT_BYTES / MEGABYTE,
                        MemberExchangeService.MAX_IMPORT_ROWS)),
                template, columnHelp, upload, importMessage, preview);
    }

    private String tooLargeMessage() {
        return getTranslation("exchange.import.error.too-large", MemberExchangeService.MAX_IMPORT_BYTES / MEGABYTE);
    }

    private void buildPreview() {
        preview.setPadding(false);
        preview.setVisible(false);
        previewSummary.addClassName("import-summary");
        previewGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        previewGrid.addColumn(ImportRow::line).setHeader(getTranslation("exchange.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        previewGrid.addColumn(row -> row.value(ImportColumn.ORGANISATION_NAME))
                .setHeader(getTranslation("exchange.import.organisation")).setFlexGrow(2);
        previewGrid.addColumn(row -> row.value(ImportColumn.KIND)).setHeader(getTranslation("organisation.kind"));
        previewGrid.addColumn(row -> row.value(ImportColumn.ORGANISATION_NUMBER))
                .setHeader(getTranslation("organisation.number"));
        previewGrid.addColumn(row -> row.value(ImportColumn.CITY)).setHeader(getTranslation("organisation.city"));
        previewGrid.addColumn(MemberExchangeView::contactName).setHeader(getTranslation("exchange.import.contact"))
                .setFlexGrow(2);
        previewGrid.addColumn(row -> row.value(ImportColumn.CONTACT_EMAIL)).setHeader(getTranslation("contact.email"))
                .setFlexGrow(2);
        previewGrid.addColumn(this::outcome).setHeader(getTranslation("exchange.import.check")).setKey("check")
                .setFlexGrow(3);
        previewGrid.setMaxHeight("32rem");

        skipDuplicates.setLabel(getTranslation("exchange.import.skip-duplicates"));
        skipDuplicates.setValue(true);
        skipDuplicates.addValueChangeListener(change -> summarise());
        confirmImport.setText(getTranslation("exchange.import.confirm"));
        confirmImport.setIcon(VaadinIcon.UPLOAD.create());
        confirmImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmImport.addClickListener(click -> confirm());
        discardImport.setText(getTranslation("action.cancel"));
        discardImport.addClickListener(click -> clearPreview());
        var actions = new HorizontalLayout(confirmImport, discardImport, skipDuplicates);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        preview.add(new H3(getTranslation("exchange.import.preview")), previewSummary, previewColumns, previewGrid,
                actions);
    }

    /** Runs on the upload's request, outside the UI lock: reads and checks the file, then shows the result. */
    private void receive(UploadEvent event) throws IOException {
        byte[] file;
        try (var in = event.getInputStream()) {
            file = in.readNBytes(MemberExchangeService.MAX_IMPORT_BYTES + 1);
        }
        var ui = event.getUI();
        var locale = MemberExportMenu.locale(ui);
        try {
            var result = exchange.preview(file, locale);
            ui.access(() -> showPreview(result));
        } catch (ImportException refused) {
            ui.access(() -> {
                clearPreview();
                showError(getTranslation(refused.translationKey(), refused.parameters()));
            });
        }
    }

    private void showPreview(ImportPreview result) {
        currentPreview = result;
        importMessage.setVisible(false);
        previewColumns.setText(getTranslation("exchange.import.columns-found", result.columns().stream()
                .map(ImportColumn::header).collect(Collectors.joining(", "))));
        previewGrid.setItems(result.rows());
        // A short file shows whole; a long one scrolls inside the grid
        previewGrid.setAllRowsVisible(result.rows().size() <= PREVIEW_ROWS_SHOWN_WHOLE);
        skipDuplicates.setVisible(result.duplicateOrganisationCount() > 0);
        preview.setVisible(true);
        summarise();
    }

    private void summarise() {
        if (currentPreview == null) {
            return;
        }
        var skip = skipDuplicates.isVisible() && skipDuplicates.getValue();
        var summary = getTranslation("exchange.import.summary", currentPreview.rows().size(),
                currentPreview.organisationCount(skip), currentPreview.contactCount(skip),
                currentPreview.duplicateOrganisationCount());
        if (currentPreview.hasErrors()) {
            summary += " " + getTranslation("exchange.import.has-errors", currentPreview.rowsWithErrors());
        }
        previewSummary.setText(summary);
        confirmImport.setEnabled(!currentPreview.hasErrors() && currentPreview.organisationCount(skip) > 0);
    }

    private void confirm() {
        var result = currentPreview;
        var skip = skipDuplicates.isVisible() && skipDuplicates.getValue();
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("exchange.import.confirm.title"));
        dialog.setText(getTranslation("exchange.import.confirm.text", result.organisationCount(skip),
                result.contactCount(skip)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("exchange.import.confirm"));
        dialog.addConfirmListener(confirmed -> {
            var imported = exchange.importOrganisations(result, skip, getLocale());
            clearPreview();
            applyFilter(filter);
            var notification = Notification.show(getTranslation("exchange.import.done", imported.organisations(),
                    imported.contacts()), 5000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private void clearPreview() {
        currentPreview = null;
        previewGrid.setItems(List.of());
        preview.setVisible(false);
        upload.clearFileList();
    }

    private void showError(String message) {
        importMessage.setText(message);
        importMessage.setVisible(true);
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String outcome(ImportRow row) {
        if (row.hasErrors()) {
            return String.join(" · ", row.errors());
        }
        if (row.isDuplicate()) {
            return getTranslation("exchange.import.duplicate", row.duplicateOf());
        }
        return getTranslation(row.firstOfOrganisation() ? "exchange.import.new-organisation"
                : "exchange.import.more-contacts");
    }

    private static String contactName(ImportRow row) {
        return Stream.of(row.value(ImportColumn.CONTACT_GIVEN_NAME), row.value(ImportColumn.CONTACT_FAMILY_NAME))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.title");
    }
}
