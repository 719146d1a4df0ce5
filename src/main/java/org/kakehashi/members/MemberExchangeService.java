package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kakehashi.common.Translations;
import org.kakehashi.security.Roles;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's files: every reader of the register exports the member list and the mailing list as CSV or
 * Excel; the secretary and the administrator import organisations with their contacts from CSV, after a preview,
 * in one transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MemberExchangeService {

    /** How many organisations an export reads at a time: the most it holds in memory. */
    static final int EXPORT_PAGE_SIZE = 500;
    /** The largest import file, in bytes, and the most rows it may have. */
    public static final int MAX_IMPORT_BYTES = CsvReader.MAX_BYTES;
    public static final int MAX_IMPORT_ROWS = CsvReader.MAX_ROWS;
    private static final int IMPORT_FLUSH_EVERY = 500;

    /** What an import added. */
    public record ImportResult(long organisations, long contacts) {
    }

    private final OrganisationService organisations;
    private final MemberExchangeQueries queries;
    private final MemberImport memberImport;
    private final Clock clock;
    private final Translations texts;

    MemberExchangeService(OrganisationService organisations, MemberExchangeQueries queries, MemberImport memberImport,
            Clock clock, Translations texts) {
        this.organisations = organisations;
        this.queries = queries;
        this.memberImport = memberImport;
        this.clock = clock;
        this.texts = texts;
    }

    /** A download's file name with today's date: members-2026-03-31.xlsx. */
    public String fileName(String base, ExportFormat format) {
        return base + "-" + LocalDate.now(clock) + "." + format.extension();
    }

    /**
     * The organisations of the filtered list, one row each with its membership, in the list's name order, headed
     * and worded in the user's language.
     */
    public void exportMembers(OrganisationFilter filter, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        try (var table = TableWriter.of(format, out, texts.getTranslation("exchange.export.members-sheet", locale),
                locale)) {
            table.row(MemberExport.headers(MemberExport.MEMBER_LIST, texts, locale));
            forEachPage(filter, page -> {
                for (var organisation : page) {
                    table.row(MemberExport.cells(MemberExport.MEMBER_LIST, organisation, texts, locale));
                }
            });
        }
    }

    /**
     * The organisations of the filtered list with all their contacts, in the import's own columns and codes: a file
     * the import reads back as it is (CSV, one row per contact, an organisation without contacts on a row alone).
     * Every contact's data, consenting or not: for those who keep the register and import it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public void exportRegisterForImport(OrganisationFilter filter, Locale locale, OutputStream out)
            throws IOException {
        try (var table = TableWriter.of(ExportFormat.CSV, out, "Import", locale)) {
            table.row(MemberExport.TEMPLATE_HEADER);
            forEachPage(filter, page -> {
                var contactsByOrganisation = queries.contactsAt(page.stream().map(Organisation::getId).toList())
                        .stream().collect(Collectors.groupingBy(contact -> contact.getOrganisation().getId()));
                for (var organisation : page) {
                    var contacts = contactsByOrganisation.getOrDefault(organisation.getId(), List.of());
                    if (contacts.isEmpty()) {
                        table.row(MemberExport.registerCells(new MemberExport.RegisterRow(organisation, null)));
                    }
                    for (var contact : contacts) {
                        table.row(MemberExport.registerCells(new MemberExport.RegisterRow(organisation, contact)));
                    }
                }
            });
        }
    }

    /** The contacts who consented to be contacted, at the organisations of the filtered list, in the user's language. */
    public void exportMailingList(OrganisationFilter filter, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        try (var table = TableWriter.of(format, out, texts.getTranslation("exchange.export.mailing-sheet", locale),
                locale)) {
            table.row(MemberExport.headers(MemberExport.MAILING_LIST, texts, locale));
            forEachPage(filter, page -> {
                var ids = page.stream().map(Organisation::getId).toList();
                var contactsByOrganisation = queries.consentingContactsAt(ids).stream()
                        .collect(Collectors.groupingBy(contact -> contact.getOrganisation().getId()));
                for (var organisation : page) {
                    for (var contact : contactsByOrganisation.getOrDefault(organisation.getId(), List.of())) {
                        table.row(MemberExport.cells(MemberExport.MAILING_LIST, contact, texts, locale));
                    }
                }
            });
        }
    }

    /** An import file with every column and a few example rows, to fill in a spreadsheet. */
    public void writeImportTemplate(Locale locale, OutputStream out) throws IOException {
        try (var table = TableWriter.of(ExportFormat.CSV, out, "Import", locale)) {
            table.row(MemberExport.TEMPLATE_HEADER);
            for (var row : MemberExport.TEMPLATE_EXAMPLE) {
                table.row(row);
            }
        }
    }

    /**
     * Reads an import file and shows what it would add, writing nothing.
     *
     * @throws ImportException when the file cannot be imported at all
     */
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public ImportPreview preview(byte[] file, Locale locale) {
        return memberImport.preview(file, locale);
    }

    /**
     * Writes the organisations and contacts of a preview without errors, all in one transaction: if any fails,
     * nothing is written.
     *
     * @param skipDuplicates leave out the organisations flagged as likely duplicates, with their contacts
     * @throws IllegalArgumentException when a row of the preview has errors
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    @CacheEvict(cacheNames = OrganisationService.CITIES_CACHE, allEntries = true)
    public ImportResult importOrganisations(ImportPreview preview, boolean skipDuplicates, Locale locale) {
        if (preview.hasErrors()) {
            throw new IllegalArgumentException("An import with errors in " + preview.rowsWithErrors() + " rows");
        }
        var created = new HashMap<String, Long>();
        long organisationCount = 0;
        long contactCount = 0;
        long written = 0;
        var errors = new ArrayList<String>();
        for (var row : preview.rows()) {
            if (skipDuplicates && row.isDuplicate()) {
                continue;
            }
            if (row.firstOfOrganisation()) {
                var organisation = memberImport.organisation(row, errors::add, locale);
                queries.persist(organisation);
                created.put(row.organisationKey(), organisation.getId());
                organisationCount++;
            }
            if (row.hasContact()) {
                var organisation = queries.reference(created.get(row.organisationKey()));
                queries.persist(memberImport.contact(row, organisation, errors::add, locale));
                contactCount++;
            }
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("Row " + row.line() + " does not convert: " + errors);
            }
            if (++written % IMPORT_FLUSH_EVERY == 0) {
                queries.flushAndClear();
            }
        }
        queries.flushAndClear();
        return new ImportResult(organisationCount, contactCount);
    }

    /**
     * Hands the filtered list to the export a page at a time, in one read-only transaction, forgetting each page's
     * entities before reading the next one.
     */
    private void forEachPage(OrganisationFilter filter, IoConsumer<List<Organisation>> export) throws IOException {
        Page<Organisation> page;
        int number = 0;
        do {
            page = organisations.page(filter, PageRequest.of(number++, EXPORT_PAGE_SIZE, Sort.by("name")));
            export.accept(page.getContent());
            queries.clear();
        } while (page.hasNext());
    }

    @FunctionalInterface
    private interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
