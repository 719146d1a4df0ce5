package org.kakehashi.members;

import static org.kakehashi.members.ImportColumn.CITY;
import static org.kakehashi.members.ImportColumn.CONTACT_CONSENT;
import static org.kakehashi.members.ImportColumn.CONTACT_CONSENT_DATE;
import static org.kakehashi.members.ImportColumn.CONTACT_CONSENT_SOURCE;
import static org.kakehashi.members.ImportColumn.CONTACT_EMAIL;
import static org.kakehashi.members.ImportColumn.CONTACT_FAMILY_NAME;
import static org.kakehashi.members.ImportColumn.CONTACT_GIVEN_NAME;
import static org.kakehashi.members.ImportColumn.CONTACT_LANGUAGE;
import static org.kakehashi.members.ImportColumn.CONTACT_MOBILE;
import static org.kakehashi.members.ImportColumn.CONTACT_NAME_JAPANESE;
import static org.kakehashi.members.ImportColumn.CONTACT_NAME_KANA;
import static org.kakehashi.members.ImportColumn.CONTACT_PHONE;
import static org.kakehashi.members.ImportColumn.CONTACT_PRIMARY;
import static org.kakehashi.members.ImportColumn.CONTACT_TITLE;
import static org.kakehashi.members.ImportColumn.COUNTRY;
import static org.kakehashi.members.ImportColumn.KIND;
import static org.kakehashi.members.ImportColumn.NOTES;
import static org.kakehashi.members.ImportColumn.ORGANISATION_EMAIL;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NAME;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NAME_JAPANESE;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NUMBER;
import static org.kakehashi.members.ImportColumn.ORGANISATION_PHONE;
import static org.kakehashi.members.ImportColumn.SECTORS;
import static org.kakehashi.members.ImportColumn.WEBSITE;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kakehashi.common.Translations;

/**
 * The columns of the exports. The member list and the mailing list are for people: each column is headed in the
 * user's language and its kinds, statuses, countries, languages and yes/no are written in words. The register for
 * re-import is for the import: its columns are the import's (organisation_name, kind …) and its values the codes
 * the import reads (COMPANY, SE, yes), one row per contact as in the template.
 */
final class MemberExport {

    /** How a value is written for people; codes stay as they are in the file for re-import. */
    enum Shown { AS_IS, COUNTRY, LANGUAGE }

    record Column<T>(String labelKey, Function<T, Object> value, Shown shown) {

        Column(String labelKey, Function<T, Object> value) {
            this(labelKey, value, Shown.AS_IS);
        }
    }

    /** A row of the file for re-import: an organisation, with one of its contacts or none. */
    record RegisterRow(Organisation organisation, ContactPerson contact) {
    }

    static final List<Column<Organisation>> MEMBER_LIST = List.of(
            new Column<>("organisation.name", Organisation::getName),
            new Column<>("organisation.name-japanese", Organisation::getNameJapanese),
            new Column<>("organisation.kind", Organisation::getKind),
            new Column<>("organisation.number", Organisation::getOrganisationNumber),
            new Column<>("organisation.city", Organisation::getCity),
            new Column<>("organisation.country", Organisation::getCountry, Shown.COUNTRY),
            new Column<>("organisation.website", Organisation::getWebsite),
            new Column<>("organisation.email", Organisation::getEmail),
            new Column<>("organisation.phone", Organisation::getPhone),
            new Column<>("organisation.sectors", Organisation::getSectors),
            new Column<>("membership.type", organisation -> membership(organisation, m -> m.getType().getName())),
            new Column<>("exchange.export.membership-status",
                    organisation -> membership(organisation, Membership::getStatus)),
            new Column<>("membership.start-date", organisation -> membership(organisation, Membership::getStartDate)),
            new Column<>("membership.end-date", organisation -> membership(organisation, Membership::getEndDate)),
            new Column<>("dues.status", organisation -> membership(organisation, Membership::getDuesStatus)));

    static final List<Column<ContactPerson>> MAILING_LIST = List.of(
            new Column<>("contact.family-name", ContactPerson::getFamilyName),
            new Column<>("contact.given-name", ContactPerson::getGivenName),
            new Column<>("contact.name-japanese", ContactPerson::getNameJapanese),
            new Column<>("contact.name-kana", ContactPerson::getNameKana),
            new Column<>("contact.title", ContactPerson::getTitle),
            new Column<>("contact.email", ContactPerson::getEmail),
            new Column<>("contact.phone", ContactPerson::getPhone),
            new Column<>("contact.mobile", ContactPerson::getMobile),
            new Column<>("contact.preferred-language", ContactPerson::getPreferredLanguage, Shown.LANGUAGE),
            new Column<>("contact.primary", ContactPerson::isPrimaryContact),
            new Column<>("contact.consent-date", ContactPerson::getConsentDate),
            new Column<>("contact.consent-source", ContactPerson::getConsentSource),
            new Column<>("exchange.export.organisation", contact -> contact.getOrganisation().getName()),
            new Column<>("organisation.city", contact -> contact.getOrganisation().getCity()),
            new Column<>("organisation.country", contact -> contact.getOrganisation().getCountry(), Shown.COUNTRY));

    /** The file for re-import, column by column as the import reads them. */
    static final Map<ImportColumn, Function<RegisterRow, Object>> REGISTER = registerColumns();

    /** The template's example: one organisation with two contacts and one without any, in every column. */
    static final List<List<String>> TEMPLATE_EXAMPLE = List.of(
            List.of("Ystad Ocean Energy AB", "イースタッド海洋エネルギー", "COMPANY", "556000-0001", "Ystad", "SE",
                    "https://ocean-energy.example.se", "info@ocean-energy.example.se", "+46 411 555 000",
                    "energy, maritime", "Met at the Kobe conference", "Lind", "Ebba", "", "", "CEO",
                    "ebba.lind@ocean-energy.example.se", "+46 411 555 001", "", "sv", "yes", "yes", "2026-03-01",
                    "Membership application form"),
            List.of("Ystad Ocean Energy AB", "", "COMPANY", "556000-0001", "Ystad", "SE", "", "", "", "", "",
                    "Tanaka", "Yui", "田中 結衣", "たなか ゆい", "Engineer", "yui.tanaka@ocean-energy.example.se", "",
                    "", "ja", "no", "no", "", ""),
            List.of("Kyoto Textile Research Institute", "京都繊維研究所", "RESEARCH_INSTITUTE", "", "Kyoto", "JP", "",
                    "", "", "textiles", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));

    static final List<String> TEMPLATE_HEADER = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();

    private MemberExport() {
    }

    static <T> List<String> headers(List<Column<T>> columns, Translations texts, Locale locale) {
        return columns.stream().map(column -> texts.getTranslation(column.labelKey(), locale)).toList();
    }

    /** A row for people: words where the register keeps codes; dates stay dates (real dates in Excel). */
    static <T> List<Object> cells(List<Column<T>> columns, T item, Translations texts, Locale locale) {
        return columns.stream().map(column -> shown(column.value().apply(item), column.shown(), texts, locale))
                .toList();
    }

    static List<Object> registerCells(RegisterRow row) {
        return REGISTER.values().stream().map(value -> value.apply(row))
                .map(value -> value instanceof Enum<?> code ? code.name() : value)
                .toList();
    }

    private static Object shown(Object value, Shown shown, Translations texts, Locale locale) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return value;
        }
        return switch (value) {
            case OrganisationKind kind -> texts.getTranslation(kind.translationKey(), locale);
            case MembershipStatus status -> texts.getTranslation(status.translationKey(), locale);
            case DuesStatus status -> texts.getTranslation(status.translationKey(), locale);
            case Boolean flag -> texts.getTranslation(flag ? "exchange.export.yes" : "exchange.export.no", locale);
            case String code when shown == Shown.COUNTRY -> Locale.of("", code).getDisplayCountry(locale);
            case String code when shown == Shown.LANGUAGE -> texts.getTranslation("language." + code, locale);
            default -> value;
        };
    }

    private static Map<ImportColumn, Function<RegisterRow, Object>> registerColumns() {
        var columns = new EnumMap<ImportColumn, Function<RegisterRow, Object>>(ImportColumn.class);
        columns.put(ORGANISATION_NAME, row -> row.organisation().getName());
        columns.put(ORGANISATION_NAME_JAPANESE, row -> row.organisation().getNameJapanese());
        columns.put(KIND, row -> row.organisation().getKind());
        columns.put(ORGANISATION_NUMBER, row -> row.organisation().getOrganisationNumber());
        columns.put(CITY, row -> row.organisation().getCity());
        columns.put(COUNTRY, row -> row.organisation().getCountry());
        columns.put(WEBSITE, row -> row.organisation().getWebsite());
        columns.put(ORGANISATION_EMAIL, row -> row.organisation().getEmail());
        columns.put(ORGANISATION_PHONE, row -> row.organisation().getPhone());
        columns.put(SECTORS, row -> row.organisation().getSectors());
        columns.put(NOTES, row -> row.organisation().getNotes());
        columns.put(CONTACT_FAMILY_NAME, contact(ContactPerson::getFamilyName));
        columns.put(CONTACT_GIVEN_NAME, contact(ContactPerson::getGivenName));
        columns.put(CONTACT_NAME_JAPANESE, contact(ContactPerson::getNameJapanese));
        columns.put(CONTACT_NAME_KANA, contact(ContactPerson::getNameKana));
        columns.put(CONTACT_TITLE, contact(ContactPerson::getTitle));
        columns.put(CONTACT_EMAIL, contact(ContactPerson::getEmail));
        columns.put(CONTACT_PHONE, contact(ContactPerson::getPhone));
        columns.put(CONTACT_MOBILE, contact(ContactPerson::getMobile));
        columns.put(CONTACT_LANGUAGE, contact(ContactPerson::getPreferredLanguage));
        columns.put(CONTACT_PRIMARY, contact(ContactPerson::isPrimaryContact));
        columns.put(CONTACT_CONSENT, contact(ContactPerson::isConsent));
        columns.put(CONTACT_CONSENT_DATE, contact(ContactPerson::getConsentDate));
        columns.put(CONTACT_CONSENT_SOURCE, contact(ContactPerson::getConsentSource));
        if (columns.size() != ImportColumn.values().length) {
            throw new IllegalStateException("The re-import file misses an import column");
        }
        return columns;
    }

    private static Function<RegisterRow, Object> contact(Function<ContactPerson, Object> value) {
        return row -> row.contact() == null ? null : value.apply(row.contact());
    }

    private static Object membership(Organisation organisation, Function<Membership, Object> value) {
        var membership = organisation.getMembership();
        return membership == null ? null : value.apply(membership);
    }
}
