package org.kakehashi.members.ui;

import org.kakehashi.common.ui.HistoryLabels;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.DuesPayment;
import org.kakehashi.members.Membership;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.Organisation;

/** The register's fields as the history dialog names them: the labels of their forms. */
final class MemberHistoryLabels {

    static final HistoryLabels LABELS = new HistoryLabels()
            .field(Organisation.class, "name", "organisation.name")
            .field(Organisation.class, "nameJapanese", "organisation.name-japanese")
            .field(Organisation.class, "nameKana", "organisation.name-kana")
            .field(Organisation.class, "kind", "organisation.kind", "organisation.kind.")
            .field(Organisation.class, "organisationNumber", "organisation.number")
            .field(Organisation.class, "city", "organisation.city")
            .field(Organisation.class, "country", "organisation.country")
            .field(Organisation.class, "website", "organisation.website")
            .field(Organisation.class, "email", "organisation.email")
            .field(Organisation.class, "phone", "organisation.phone")
            .field(Organisation.class, "sectors", "organisation.sectors")
            .field(Organisation.class, "notes", "organisation.notes")
            .field(Organisation.class, "archived", "history.field.archived")
            .field(ContactPerson.class, "organisation", "history.field.organisation")
            .field(ContactPerson.class, "familyName", "contact.family-name")
            .field(ContactPerson.class, "givenName", "contact.given-name")
            .field(ContactPerson.class, "nameJapanese", "contact.name-japanese")
            .field(ContactPerson.class, "nameKana", "contact.name-kana")
            .field(ContactPerson.class, "title", "contact.title")
            .field(ContactPerson.class, "titleJapanese", "contact.title-japanese")
            .field(ContactPerson.class, "email", "contact.email")
            .field(ContactPerson.class, "phone", "contact.phone")
            .field(ContactPerson.class, "mobile", "contact.mobile")
            .field(ContactPerson.class, "preferredLanguage", "contact.preferred-language", "language.")
            .field(ContactPerson.class, "primaryContact", "contact.primary")
            .field(ContactPerson.class, "consent", "contact.consent")
            .field(ContactPerson.class, "consentDate", "contact.consent-date")
            .field(ContactPerson.class, "consentSource", "contact.consent-source")
            .field(ContactPerson.class, "erasedAt", "history.field.erased-at")
            .field(Membership.class, "organisation", "history.field.organisation")
            .field(Membership.class, "type", "membership.type")
            .field(Membership.class, "startDate", "membership.start-date")
            .field(Membership.class, "endDate", "membership.end-date")
            .field(Membership.class, "resignedOn", "membership.resigned-on")
            .field(Membership.class, "status", "membership.status", "membership.status.")
            .field(Membership.class, "duesStatus", "dues.status", "dues.status.")
            .field(DuesPayment.class, "periodYear", "dues.year")
            .field(DuesPayment.class, "amount", "dues.amount")
            .field(DuesPayment.class, "currency", "dues.currency")
            .field(DuesPayment.class, "dueDate", "history.field.due-date")
            .field(DuesPayment.class, "paidDate", "dues.paid-date")
            .field(DuesPayment.class, "reference", "dues.reference")
            .field(MembershipType.class, "name", "membership-type.name")
            .field(MembershipType.class, "annualFee", "membership-type.annual-fee")
            .field(MembershipType.class, "currency", "dues.currency")
            .field(MembershipType.class, "description", "membership-type.description");

    private MemberHistoryLabels() {
    }
}
