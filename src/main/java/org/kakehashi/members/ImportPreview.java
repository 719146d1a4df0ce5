package org.kakehashi.members;

import java.util.List;

/**
 * What an import file would add to the register, before anything is written: the columns found (in the order of
 * the file) and every row with its errors and duplicate warning.
 */
public record ImportPreview(List<ImportColumn> columns, List<ImportRow> rows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(ImportRow::hasErrors);
    }

    public long rowsWithErrors() {
        return rows.stream().filter(ImportRow::hasErrors).count();
    }

    /** The organisations that an import would create, leaving out the likely duplicates if asked to. */
    public long organisationCount(boolean skipDuplicates) {
        return rows.stream().filter(row -> row.firstOfOrganisation() && !(skipDuplicates && row.isDuplicate())).count();
    }

    public long contactCount(boolean skipDuplicates) {
        return rows.stream().filter(row -> row.hasContact() && !(skipDuplicates && row.isDuplicate())).count();
    }

    public long duplicateOrganisationCount() {
        return rows.stream().filter(row -> row.firstOfOrganisation() && row.isDuplicate()).count();
    }
}
