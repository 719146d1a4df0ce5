package org.kakehashi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text a user can type is limited by its entity (so the form says "At most n characters" at the field) to no
 * more than its column holds, and every amount by its @Digits to no more than its numeric column: otherwise a long
 * text or a huge number would reach the database and fail there, as an error instead of a message.
 */
@SpringBootTest
class ColumnLimitsTest {

    /** Texts no form field gives, with what bounds them instead. */
    private static final Map<String, String> SET_BY_THE_APPLICATION = Map.ofEntries(
            Map.entry("AbstractEntity.createdBy", "a username, at most AppUser.USERNAME_MAX"),
            Map.entry("AbstractEntity.modifiedBy", "a username, at most AppUser.USERNAME_MAX"),
            Map.entry("Organisation.searchText", "derived from the limited names, reading and city"),
            Map.entry("ContactPerson.searchText", "derived from the four limited names"),
            Map.entry("Lead.searchText", "derived from the two limited names"),
            Map.entry("Organisation.country", "a two-letter code by its pattern"),
            Map.entry("Lead.country", "a two-letter code by its pattern"),
            Map.entry("Investment.currency", "a three-letter code by its pattern"),
            Map.entry("MembershipType.currency", "a three-letter code by its pattern"),
            Map.entry("DuesPayment.currency", "a three-letter code by its pattern"),
            Map.entry("ContactPerson.preferredLanguage", "chosen from the four languages"),
            Map.entry("Delegation.homeZoneId", "chosen from the time zones, checked by @ValidZoneId"),
            Map.entry("ProgrammeItem.zoneId", "chosen from the time zones, checked by @ValidZoneId"),
            Map.entry("AppUser.passwordHash", "written by the password encoder"),
            Map.entry("AppUser.locale", "chosen from the four languages"),
            Map.entry("AppUser.totpSecret", "generated, 32 Base32 characters"),
            Map.entry("CalendarFeedToken.token", "generated"),
            Map.entry("MemberReminder.recipientName", "copied from a contact's limited names"),
            Map.entry("MemberReminder.recipientEmail", "copied from a contact's limited email"),
            Map.entry("MemberReminder.language", "copied from the contact's language"),
            Map.entry("MemberReminder.subject", "a template of our own"),
            Map.entry("MemberReminder.body", "a template of our own"));

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private Validator validator;

    @Autowired
    private DataSource dataSource;

    @Test
    void no_text_or_amount_a_form_accepts_is_longer_than_its_column() {
        var jdbc = new JdbcTemplate(dataSource);
        var problems = new ArrayList<String>();
        int checked = 0;
        for (var entity : entityManagerFactory.getMetamodel().getEntities()) {
            var type = entity.getJavaType();
            var table = Optional.ofNullable(type.getAnnotation(Table.class)).map(Table::name)
                    .orElse(snakeCase(type.getSimpleName()));
            var declared = new ArrayList<Field>();
            for (var current = (Class<?>) type; current != Object.class; current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    // an embedded group's fields are columns of the entity's table too
                    declared.addAll(field.isAnnotationPresent(Embedded.class)
                            ? List.of(field.getType().getDeclaredFields()) : List.of(field));
                }
            }
            for (Field field : declared) {
                if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Transient.class)
                        || (field.getType() != String.class && field.getType() != BigDecimal.class)) {
                    continue;
                }
                var owner = field.getDeclaringClass();
                var name = owner.getSimpleName() + "." + field.getName();
                var column = Optional.ofNullable(field.getAnnotation(Column.class)).map(Column::name)
                        .filter(given -> !given.isEmpty()).orElse(snakeCase(field.getName()));
                var limits = jdbc.queryForMap("""
                        select character_maximum_length, numeric_precision, numeric_scale
                        from information_schema.columns where table_schema = 'public'
                        and table_name = ? and column_name = ?""", table, column);
                checked++;
                if (field.getType() == String.class) {
                    var length = ((Number) limits.get("character_maximum_length")).intValue();
                    var size = constraint(owner, field.getName(), Size.class);
                    if (size.isPresent()) {
                        if (size.get().max() > length) {
                            problems.add(name + ": @Size(max = " + size.get().max() + ") but the column holds "
                                    + length);
                        }
                    } else if (!SET_BY_THE_APPLICATION.containsKey(name)) {
                        problems.add(name + ": no @Size for a column of " + length + " characters");
                    }
                } else {
                    var digits = constraint(owner, field.getName(), Digits.class);
                    int precision = ((Number) limits.get("numeric_precision")).intValue();
                    int scale = ((Number) limits.get("numeric_scale")).intValue();
                    if (digits.isEmpty() || digits.get().integer() > precision - scale
                            || digits.get().fraction() > scale) {
                        problems.add(name + ": @Digits " + digits.map(d -> d.integer() + "," + d.fraction())
                                .orElse("missing") + " for numeric(" + precision + ", " + scale + ")");
                    }
                }
            }
        }
        assertThat(checked).as("texts and amounts checked").isGreaterThan(60);
        assertThat(problems).isEmpty();
    }

    private <A extends java.lang.annotation.Annotation> Optional<A> constraint(Class<?> type, String property,
            Class<A> annotation) {
        var descriptor = validator.getConstraintsForClass(type).getConstraintsForProperty(property);
        if (descriptor == null) {
            return Optional.empty();
        }
        return descriptor.getConstraintDescriptors().stream()
                .map(constraint -> constraint.getAnnotation())
                .filter(annotation::isInstance)
                .map(annotation::cast)
                .findFirst();
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
