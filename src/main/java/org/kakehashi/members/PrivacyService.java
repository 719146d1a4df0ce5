package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.common.Translations;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact person's rights under the GDPR: an export of all that is held on them, erasure by anonymisation, and
 * the review of contacts kept without consent and without activity for years. The secretary's and the
 * administrator's work.
 *
 * <p>A contact counts as active on the day it was created or changed, met at a programme item (a business card),
 * taking part in a delegation (until its end date), or sent a reminder.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class PrivacyService {

    public static final int DEFAULT_REVIEW_YEARS = 3;
    /** The name an erased person goes by, in reminders as in the register. */
    static final String ERASED_NAME = ContactPerson.ERASED_GIVEN_NAME + " " + ContactPerson.ERASED_FAMILY_NAME;

    private final ContactPersonRepository contacts;
    private final MembershipRepository memberships;
    private final MemberReminderRepository reminders;
    private final List<ContactEncounters> encounters;
    private final AuditTrail auditTrail;
    private final Translations translations;
    private final Clock clock;
    private final int reviewYears;

    PrivacyService(ContactPersonRepository contacts, MembershipRepository memberships,
            MemberReminderRepository reminders, List<ContactEncounters> encounters, AuditTrail auditTrail,
            Translations translations, Clock clock,
            @Value("${kakehashi.members.privacy-review-years:" + DEFAULT_REVIEW_YEARS + "}") int reviewYears) {
        this.contacts = contacts;
        this.memberships = memberships;
        this.reminders = reminders;
        this.encounters = encounters;
        this.auditTrail = auditTrail;
        this.translations = translations;
        this.clock = clock;
        this.reviewYears = reviewYears;
    }

    public int reviewYears() {
        return reviewYears;
    }

    /**
     * The contacts without consent and without any activity for the configured years, not yet erased, by name:
     * the ones to ask for consent, or to erase.
     */
    public Page<ContactPerson> reviewList(Pageable pageable) {
        var since = LocalDate.now(clock).minusYears(reviewYears);
        var sinceInstant = since.atStartOfDay(clock.getZone()).toInstant();
        var active = new HashSet<Long>();
        encounters.forEach(source -> active.addAll(source.activeSince(since)));
        // "not in" an empty list is not SQL: no contact has the id 0
        active.add(0L);
        return new PageImpl<>(contacts.inactiveWithoutConsent(sinceInstant, active, pageable), pageable,
                contacts.countInactiveWithoutConsent(sinceInstant, active));
    }

    public ContactPerson get(long contactId) {
        return contacts.findById(contactId).orElseThrow();
    }

    /** The file name of a person's export: kakehashi-person-42.txt. */
    public String exportFileName(long contactId) {
        return "kakehashi-person-" + contactId + ".txt";
    }

    /**
     * Everything held on one person, as a text to read: their fields, their organisation and its membership (which
     * covers them), the delegations they took part in, where they were met, the reminders written to them and the
     * history of their record.
     */
    public String export(long contactId, Locale locale) {
        var contact = contacts.findById(contactId).orElseThrow();
        var text = new Export(locale);
        text.title(t(locale, "privacy.export.title", contact.getFullName()));
        text.line(t(locale, "privacy.export.made", Instant.now(clock).atZone(ZoneId.systemDefault()).toString()));
        exportFields(text, contact, locale);
        if (contact.getOrganisation() != null) {
            exportOrganisation(text, contact.getOrganisation(), locale);
        }
        exportEncounters(text, contactId, locale);

        text.section("privacy.export.reminders");
        var sent = contact.getEmail() == null ? List.<MemberReminder>of() : reminders.findSentTo(contact.getEmail());
        text.list(sent, reminder -> reminder.getSentAt() + "  " + reminder.getRecipientName() + " <"
                + reminder.getRecipientEmail() + ">  " + reminder.getSubject() + "\n    "
                + reminder.getBody().replace("\n", "\n    "));

        text.section("privacy.export.history");
        text.list(auditTrail.all(ContactPerson.class, contactId), entry -> entry.changedAt() + "  "
                + entry.changedBy() + "  " + t(locale, "history.action." + entry.action(),
                        t(locale, "history.entity.ContactPerson")) + "  " + entry.field() + ": "
                + Objects.toString(entry.oldValue(), "") + " → " + Objects.toString(entry.newValue(), ""));
        return text.toString();
    }

    private void exportFields(Export text, ContactPerson contact, Locale locale) {
        text.section("contacts.edit");
        text.field("contact.given-name", contact.getGivenName());
        text.field("contact.family-name", contact.getFamilyName());
        text.field("contact.name-japanese", contact.getNameJapanese());
        text.field("contact.name-kana", contact.getNameKana());
        text.field("contact.title", contact.getTitle());
        text.field("contact.title-japanese", contact.getTitleJapanese());
        text.field("contact.email", contact.getEmail());
        text.field("contact.phone", contact.getPhone());
        text.field("contact.mobile", contact.getMobile());
        text.field("contact.preferred-language", t(locale, "language." + contact.getPreferredLanguage()));
        text.field("contact.primary", yesNo(locale, contact.isPrimaryContact()));
        text.field("contact.consent", yesNo(locale, contact.isConsent()));
        text.field("contact.consent-date", contact.getConsentDate());
        text.field("contact.consent-source", contact.getConsentSource());
        text.field("privacy.export.created", contact.getCreatedAt());
        text.field("privacy.export.modified", contact.getModifiedAt());
    }

    /** The contact's organisation, and its membership, which covers them. */
    private void exportOrganisation(Export text, Organisation organisation, Locale locale) {
        text.section("history.field.organisation");
        text.field("organisation.name", organisation.getName());
        text.field("organisation.name-japanese", organisation.getNameJapanese());
        text.field("organisation.city", organisation.getCity());
        text.field("organisation.country", organisation.getCountry());
        memberships.findByOrganisationId(organisation.getId()).ifPresent(membership -> {
            text.section("membership.title");
            text.field("membership.type", membership.getType().getName());
            text.field("membership.status", t(locale, "membership.status." + membership.getStatus()));
            text.field("membership.start-date", membership.getStartDate());
            text.field("membership.end-date", membership.getEndDate());
            text.field("membership.resigned-on", membership.getResignedOn());
        });
    }

    /** The delegations the person took part in and where they were met, as the other features tell it. */
    private void exportEncounters(Export text, long contactId, Locale locale) {
        text.section("privacy.export.delegations");
        var participations = encounters.stream().flatMap(source -> source.participations(contactId).stream())
                .toList();
        text.list(participations, participation -> participation.start() + " – " + participation.end() + "  "
                + participation.delegation() + " (" + t(locale, participation.roleKey()) + ")");

        text.section("contact.met-at");
        var met = encounters.stream().flatMap(source -> source.of(contactId).stream()).toList();
        text.list(met, encounter -> encounter.date() + "  " + encounter.description()
                + (encounter.notes() == null ? "" : "\n    " + encounter.notes()));
    }

    /**
     * Erases a person by anonymisation: their personal fields, the notes taken on them, the name and address of
     * the reminders written to them and the values in their record's history. The record and its links stay, so
     * every count of contacts, participants, business cards and members stays what it was.
     */
    @Transactional
    public ContactPerson erase(long contactId) {
        var contact = contacts.findById(contactId).orElseThrow();
        if (contact.getEmail() != null) {
            reminders.findSentTo(contact.getEmail()).forEach(reminder -> reminder.eraseRecipient(ERASED_NAME));
        }
        encounters.forEach(source -> source.erase(contactId));
        contact.erase(Instant.now(clock));
        // Written now, so that the history of this very change loses its values too
        var erased = contacts.saveAndFlush(contact);
        auditTrail.erase(ContactPerson.class, contactId, ContactPerson.PERSONAL_FIELDS);
        return erased;
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private String yesNo(Locale locale, boolean value) {
        return t(locale, "history.value." + value);
    }

    /** The export's text: a title, then sections of "label: value" lines and lists. */
    private final class Export {

        private final StringBuilder text = new StringBuilder();
        private final Locale locale;

        Export(Locale locale) {
            this.locale = locale;
        }

        void title(String title) {
            text.append(title).append('\n').append("=".repeat(title.length())).append('\n');
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        void section(String key) {
            var heading = t(locale, key);
            text.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
        }

        void field(String key, Object value) {
            text.append(t(locale, key)).append(": ").append(value == null ? "" : value).append('\n');
        }

        <T> void list(List<T> items, Function<T, String> line) {
            if (items.isEmpty()) {
                text.append(t(locale, "privacy.export.none")).append('\n');
            }
            new ArrayList<>(items).forEach(item -> text.append("- ").append(line.apply(item)).append('\n'));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
