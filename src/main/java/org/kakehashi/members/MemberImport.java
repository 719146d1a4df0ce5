package org.kakehashi.members;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kakehashi.common.SearchText;
import org.kakehashi.common.Translations;
import org.springframework.stereotype.Component;

/**
 * Turns a CSV file into an {@link ImportPreview}: maps the header to the columns, converts and validates every row
 * with the entities' own constraints, groups the rows of one organisation and flags the likely duplicates of
 * organisations already in the register. Writes nothing.
 */
@Component
class MemberImport {

    static final Set<String> LANGUAGES = Set.of("en", "sv", "de", "ja");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "ja", "はい");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "nej", "nein", "いいえ");
    private static final int QUERY_CHUNK = 500;

    // Built from META-INF/validation.xml, so its messages come from the i18n bundles
    private final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
    private final MemberExchangeQueries queries;
    private final Translations translations;

    MemberImport(MemberExchangeQueries queries, Translations translations) {
        this.queries = queries;
        this.translations = translations;
    }

    ImportPreview preview(byte[] file, Locale locale) {
        var table = CsvReader.read(file);
        var columns = columns(table.header());
        var validator = validator(locale);
        var seenKeys = new HashMap<String, Boolean>();
        var rows = new ArrayList<ImportRow>();
        for (var line : table.rows()) {
            var values = new EnumMap<ImportColumn, String>(ImportColumn.class);
            for (int i = 0; i < Math.min(columns.size(), line.cells().size()); i++) {
                var value = SearchText.blankToNull(line.cells().get(i));
                if (value != null) {
                    values.put(columns.get(i), value);
                }
            }
            var errors = new ArrayList<String>();
            if (line.cells().size() > columns.size()) {
                errors.add(translations.getTranslation("exchange.import.row.extra-cells", locale, line.cells().size(),
                        columns.size()));
            }
            var key = organisationKey(values);
            var first = seenKeys.putIfAbsent(key, Boolean.TRUE) == null;
            var row = new ImportRow(line.number(), values, key, first, List.of(), null);
            errors.addAll(validate(row, validator, locale));
            rows.add(new ImportRow(line.number(), values, key, first, errors, null));
        }
        return new ImportPreview(columns, flagDuplicates(rows));
    }

    /** The entity for the row that creates its organisation; null when the row does not convert (see its errors). */
    Organisation organisation(ImportRow row, Consumer<String> errors, Locale locale) {
        var organisation = new Organisation();
        organisation.setName(row.value(ImportColumn.ORGANISATION_NAME));
        organisation.setNameJapanese(row.value(ImportColumn.ORGANISATION_NAME_JAPANESE));
        organisation.setKind(kind(row.value(ImportColumn.KIND), errors, locale));
        organisation.setOrganisationNumber(row.value(ImportColumn.ORGANISATION_NUMBER));
        organisation.setCity(row.value(ImportColumn.CITY));
        var country = row.value(ImportColumn.COUNTRY);
        organisation.setCountry(country == null ? "SE" : country.toUpperCase(Locale.ROOT));
        organisation.setWebsite(row.value(ImportColumn.WEBSITE));
        organisation.setEmail(row.value(ImportColumn.ORGANISATION_EMAIL));
        organisation.setPhone(row.value(ImportColumn.ORGANISATION_PHONE));
        organisation.setSectors(row.value(ImportColumn.SECTORS));
        organisation.setNotes(row.value(ImportColumn.NOTES));
        return organisation;
    }

    ContactPerson contact(ImportRow row, Organisation organisation, Consumer<String> errors, Locale locale) {
        var contact = new ContactPerson();
        contact.setOrganisation(organisation);
        contact.setFamilyName(row.value(ImportColumn.CONTACT_FAMILY_NAME));
        contact.setGivenName(row.value(ImportColumn.CONTACT_GIVEN_NAME));
        contact.setNameJapanese(row.value(ImportColumn.CONTACT_NAME_JAPANESE));
        contact.setNameKana(row.value(ImportColumn.CONTACT_NAME_KANA));
        contact.setTitle(row.value(ImportColumn.CONTACT_TITLE));
        contact.setEmail(row.value(ImportColumn.CONTACT_EMAIL));
        contact.setPhone(row.value(ImportColumn.CONTACT_PHONE));
        contact.setMobile(row.value(ImportColumn.CONTACT_MOBILE));
        contact.setPreferredLanguage(language(row.value(ImportColumn.CONTACT_LANGUAGE), errors, locale));
        contact.setPrimaryContact(flag(row, ImportColumn.CONTACT_PRIMARY, errors, locale));
        contact.setConsent(flag(row, ImportColumn.CONTACT_CONSENT, errors, locale));
        contact.setConsentDate(date(row, ImportColumn.CONTACT_CONSENT_DATE, errors, locale));
        contact.setConsentSource(row.value(ImportColumn.CONTACT_CONSENT_SOURCE));
        return contact;
    }

    private List<ImportColumn> columns(List<String> header) {
        var columns = new ArrayList<ImportColumn>();
        var unknown = new ArrayList<String>();
        var repeated = new LinkedHashSet<String>();
        for (var name : header) {
            var column = ImportColumn.ofHeader(name);
            if (column.isEmpty()) {
                unknown.add(name.isBlank() ? "\"\"" : name.strip());
            } else if (columns.contains(column.get())) {
                repeated.add(column.get().header());
            } else {
                columns.add(column.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportException("exchange.import.error.unknown-columns", String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            throw new ImportException("exchange.import.error.repeated-columns", String.join(", ", repeated));
        }
        var missing = Arrays.stream(ImportColumn.values())
                .filter(column -> column.isRequired() && !columns.contains(column))
                .map(ImportColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportException("exchange.import.error.missing-columns", String.join(", ", missing));
        }
        return columns;
    }

    private List<String> validate(ImportRow row, Validator validator, Locale locale) {
        var errors = new ArrayList<String>();
        var organisation = organisation(row, errors::add, locale);
        validator.validate(organisation).forEach(violation -> errors.add(
                withColumn(false, violation.getPropertyPath().toString(), violation.getMessage())));
        if (row.hasContact()) {
            var contact = contact(row, organisation, errors::add, locale);
            validator.validate(contact).forEach(violation -> errors.add(
                    withColumn(true, violation.getPropertyPath().toString(), violation.getMessage())));
        }
        return errors;
    }

    private static String withColumn(boolean contact, String property, String message) {
        return ImportColumn.ofProperty(contact, property).map(column -> column.header() + ": " + message)
                .orElse(message);
    }

    private OrganisationKind kind(String value, Consumer<String> errors, Locale locale) {
        if (value == null) {
            return null; // reported as required by the validation
        }
        try {
            return OrganisationKind.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            var kinds = Arrays.stream(OrganisationKind.values()).map(Enum::name).collect(Collectors.joining(", "));
            errors.accept(ImportColumn.KIND.header() + ": "
                    + translations.getTranslation("exchange.import.row.kind", locale, value, kinds));
            return null;
        }
    }

    private String language(String value, Consumer<String> errors, Locale locale) {
        if (value == null) {
            return "en";
        }
        var language = value.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            errors.accept(ImportColumn.CONTACT_LANGUAGE.header() + ": "
                    + translations.getTranslation("exchange.import.row.language", locale, value));
            return "en";
        }
        return language;
    }

    private boolean flag(ImportRow row, ImportColumn column, Consumer<String> errors, Locale locale) {
        var value = row.value(column);
        if (value == null || NO.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (YES.contains(value.toLowerCase(Locale.ROOT))) {
            return true;
        }
        errors.accept(column.header() + ": " + translations.getTranslation("exchange.import.row.flag", locale, value));
        return false;
    }

    private LocalDate date(ImportRow row, ImportColumn column, Consumer<String> errors, Locale locale) {
        var value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.accept(column.header() + ": " + translations.getTranslation("exchange.import.row.date", locale, value));
            return null;
        }
    }

    /** The organisation number where there is one, else the name and city, as a duplicate check compares them. */
    private static String organisationKey(Map<ImportColumn, String> values) {
        var number = values.get(ImportColumn.ORGANISATION_NUMBER);
        if (number != null) {
            return "number:" + number.toUpperCase(Locale.ROOT);
        }
        return "name:" + SearchText.normalise(values.get(ImportColumn.ORGANISATION_NAME)) + "|"
                + SearchText.normalise(values.get(ImportColumn.CITY));
    }

    private List<ImportRow> flagDuplicates(List<ImportRow> rows) {
        var numbers = rows.stream().map(row -> row.value(ImportColumn.ORGANISATION_NUMBER)).filter(Objects::nonNull)
                .map(number -> number.toUpperCase(Locale.ROOT)).distinct().toList();
        var names = rows.stream().map(row -> row.value(ImportColumn.ORGANISATION_NAME)).filter(Objects::nonNull)
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
        var byNumber = new HashMap<String, MemberExchangeQueries.Existing>();
        inChunks(numbers, queries::withOrganisationNumbers).forEach(existing ->
                byNumber.putIfAbsent(existing.organisationNumber().toUpperCase(Locale.ROOT), existing));
        var byNameAndCity = new HashMap<String, MemberExchangeQueries.Existing>();
        inChunks(names, queries::withNames).forEach(existing ->
                byNameAndCity.putIfAbsent(nameAndCity(existing.name(), existing.city()), existing));

        return rows.stream().map(row -> {
            var number = row.value(ImportColumn.ORGANISATION_NUMBER);
            var existing = number != null ? byNumber.get(number.toUpperCase(Locale.ROOT)) : null;
            if (existing == null) {
                existing = byNameAndCity.get(nameAndCity(row.value(ImportColumn.ORGANISATION_NAME),
                        row.value(ImportColumn.CITY)));
            }
            if (existing == null) {
                return row;
            }
            var description = existing.city() == null ? existing.name() : existing.name() + " (" + existing.city() + ")";
            return new ImportRow(row.line(), row.values(), row.organisationKey(), row.firstOfOrganisation(),
                    row.errors(), description);
        }).toList();
    }

    private static String nameAndCity(String name, String city) {
        return (name == null ? "" : name.toLowerCase(Locale.ROOT)) + "|"
                + (city == null ? "" : city.toLowerCase(Locale.ROOT));
    }

    private static <T> List<T> inChunks(List<String> values, Function<List<String>, List<T>> query) {
        var result = new ArrayList<T>();
        for (int from = 0; from < values.size(); from += QUERY_CHUNK) {
            result.addAll(query.apply(values.subList(from, Math.min(values.size(), from + QUERY_CHUNK))));
        }
        return result;
    }

    private Validator validator(Locale locale) {
        var interpolator = validation.getMessageInterpolator();
        return validation.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, Translations.supported(locale));
            }

            @Override
            public String interpolate(String template, Context context, Locale requested) {
                return interpolator.interpolate(template, context, requested);
            }
        }).getValidator();
    }
}
