package org.kakehashi.members;

import static org.kakehashi.members.ImportColumn.CITY;
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
import static org.kakehashi.members.ImportColumn.ORGANISATION_EMAIL;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NAME;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NAME_JAPANESE;
import static org.kakehashi.members.ImportColumn.ORGANISATION_NUMBER;
import static org.kakehashi.members.ImportColumn.ORGANISATION_PHONE;
import static org.kakehashi.members.ImportColumn.SECTORS;
import static org.kakehashi.members.ImportColumn.WEBSITE;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the two exports. Their names are those of the import file where the value is the same, so a
 * column means one thing in every file the register reads or writes.
 */
final class MemberExport {

    record Column<T>(String header, Function<T, Object> value) {
    }

    static final List<Column<Organisation>> MEMBER_LIST = List.of(
            new Column<>(ORGANISATION_NAME.header(), Organisation::getName),
            new Column<>(ORGANISATION_NAME_JAPANESE.header(), Organisation::getNameJapanese),
            new Column<>(KIND.header(), organisation -> organisation.getKind().name()),
            new Column<>(ORGANISATION_NUMBER.header(), Organisation::getOrganisationNumber),
            new Column<>(CITY.header(), Organisation::getCity),
            new Column<>(COUNTRY.header(), Organisation::getCountry),
            new Column<>(WEBSITE.header(), Organisation::getWebsite),
            new Column<>(ORGANISATION_EMAIL.header(), Organisation::getEmail),
            new Column<>(ORGANISATION_PHONE.header(), Organisation::getPhone),
            new Column<>(SECTORS.header(), Organisation::getSectors),
            new Column<>("membership_type", organisation -> membership(organisation, m -> m.getType().getName())),
            new Column<>("membership_status", organisation -> membership(organisation, m -> m.getStatus().name())),
            new Column<>("membership_start", organisation -> membership(organisation, Membership::getStartDate)),
            new Column<>("membership_renewal", organisation -> membership(organisation, Membership::getEndDate)),
            new Column<>("dues_status", organisation -> membership(organisation, m -> m.getDuesStatus().name())));

    static final List<Column<ContactPerson>> MAILING_LIST = List.of(
            new Column<>(CONTACT_FAMILY_NAME.header(), ContactPerson::getFamilyName),
            new Column<>(CONTACT_GIVEN_NAME.header(), ContactPerson::getGivenName),
            new Column<>(CONTACT_NAME_JAPANESE.header(), ContactPerson::getNameJapanese),
            new Column<>(CONTACT_NAME_KANA.header(), ContactPerson::getNameKana),
            new Column<>(CONTACT_TITLE.header(), ContactPerson::getTitle),
            new Column<>(CONTACT_EMAIL.header(), ContactPerson::getEmail),
            new Column<>(CONTACT_PHONE.header(), ContactPerson::getPhone),
            new Column<>(CONTACT_MOBILE.header(), ContactPerson::getMobile),
            new Column<>(CONTACT_LANGUAGE.header(), ContactPerson::getPreferredLanguage),
            new Column<>(CONTACT_PRIMARY.header(), ContactPerson::isPrimaryContact),
            new Column<>(CONTACT_CONSENT_DATE.header(), ContactPerson::getConsentDate),
            new Column<>(CONTACT_CONSENT_SOURCE.header(), ContactPerson::getConsentSource),
            new Column<>(ORGANISATION_NAME.header(), contact -> contact.getOrganisation().getName()),
            new Column<>(CITY.header(), contact -> contact.getOrganisation().getCity()),
            new Column<>(COUNTRY.header(), contact -> contact.getOrganisation().getCountry()));

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

    static <T> List<String> headers(List<Column<T>> columns) {
        return columns.stream().map(Column::header).toList();
    }

    static <T> List<Object> cells(List<Column<T>> columns, T item) {
        return columns.stream().map(column -> column.value().apply(item)).toList();
    }

    private static Object membership(Organisation organisation, Function<Membership, Object> value) {
        var membership = organisation.getMembership();
        return membership == null ? null : value.apply(membership);
    }
}
