package org.kakehashi.members;

import java.util.List;
import java.util.Map;

/**
 * One row of an import file as the preview shows it: its values by column, the errors found in it (in the user's
 * language), and the organisation of the register it probably duplicates.
 *
 * @param line the line of the file the row starts on, as a spreadsheet numbers it (the header is line 1)
 * @param organisationKey the rows with the same key belong to one organisation
 * @param firstOfOrganisation true for the row that creates the organisation; later rows only add contacts
 * @param duplicateOf the name and city of the likely duplicate in the register, or null
 */
public record ImportRow(int line, Map<ImportColumn, String> values, String organisationKey,
        boolean firstOfOrganisation, List<String> errors, String duplicateOf) {

    public ImportRow {
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
    }

    /** The trimmed value of the column, or null when the cell is empty or the file has no such column. */
    public String value(ImportColumn column) {
        return values.get(column);
    }

    public boolean hasContact() {
        return values.keySet().stream().anyMatch(ImportColumn::isContact);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
