package org.kakehashi.members;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the member files, by their stable English names: the import reads them (in any order, only the
 * required ones must be there), and the exports and the template write them. A file has one row per contact
 * person; the rows of one organisation (same organisation number, or same name and city) repeat its columns.
 */
public enum ImportColumn {
    ORGANISATION_NAME(true, false, "name"),
    ORGANISATION_NAME_JAPANESE(false, false, "nameJapanese"),
    KIND(true, false, "kind"),
    ORGANISATION_NUMBER(false, false, "organisationNumber"),
    CITY(false, false, "city"),
    COUNTRY(false, false, "country"),
    WEBSITE(false, false, "website"),
    ORGANISATION_EMAIL(false, false, "email"),
    ORGANISATION_PHONE(false, false, "phone"),
    SECTORS(false, false, "sectors"),
    NOTES(false, false, "notes"),
    CONTACT_FAMILY_NAME(false, true, "familyName"),
    CONTACT_GIVEN_NAME(false, true, "givenName"),
    CONTACT_NAME_JAPANESE(false, true, "nameJapanese"),
    CONTACT_NAME_KANA(false, true, "nameKana"),
    CONTACT_TITLE(false, true, "title"),
    CONTACT_EMAIL(false, true, "email"),
    CONTACT_PHONE(false, true, "phone"),
    CONTACT_MOBILE(false, true, "mobile"),
    CONTACT_LANGUAGE(false, true, "preferredLanguage"),
    CONTACT_PRIMARY(false, true, "primaryContact"),
    CONTACT_CONSENT(false, true, "consentComplete"),
    CONTACT_CONSENT_DATE(false, true, "consentDate"),
    CONTACT_CONSENT_SOURCE(false, true, "consentSource");

    private final boolean required;
    private final boolean contact;
    private final String property;

    ImportColumn(boolean required, boolean contact, String property) {
        this.required = required;
        this.contact = contact;
        this.property = property;
    }

    /** The name in the file's header row: organisation_name, contact_email … */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRequired() {
        return required;
    }

    /** True for the columns of the contact person; a row with none of them is an organisation without contacts. */
    public boolean isContact() {
        return contact;
    }

    public String descriptionKey() {
        return "exchange.column." + header();
    }

    /** The column of a header as a spreadsheet may write it: any case, blanks around it. */
    public static Optional<ImportColumn> ofHeader(String header) {
        var wanted = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header().equals(wanted)).findFirst();
    }

    /** The column that holds an entity's property, to name it in a validation error. */
    static Optional<ImportColumn> ofProperty(boolean contact, String property) {
        return Arrays.stream(values())
                .filter(column -> column.contact == contact && column.property.equals(property))
                .findFirst();
    }
}
