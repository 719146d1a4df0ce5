package org.kakehashi.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;

/**
 * A reminder written to a membership's primary contact, kept as it was sent. There is at most one of each kind
 * for each renewal or due date, which the database holds to as well.
 */
@Entity
public class MemberReminder extends AbstractEntity {

    public static final int SUBJECT_MAX = 300;
    public static final int BODY_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Membership membership;

    @Enumerated(EnumType.STRING)
    private ReminderKind kind;

    /** The renewal date or the due date the reminder is about. */
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate periodDate;

    private String recipientName;

    private String recipientEmail;

    /** The language the reminder was written in: en, sv, de or ja. */
    private String language;

    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    private ReminderDelivery delivery;

    private Instant sentAt;

    protected MemberReminder() {
    }

    MemberReminder(Membership membership, ReminderKind kind, LocalDate periodDate, ReminderTemplates.Mail mail,
            ReminderDelivery delivery, Instant sentAt) {
        this.membership = membership;
        this.kind = kind;
        this.periodDate = periodDate;
        this.recipientName = mail.recipientName();
        this.recipientEmail = mail.recipientEmail();
        this.language = mail.locale().getLanguage();
        this.subject = mail.subject();
        this.body = mail.body();
        this.delivery = delivery;
        this.sentAt = sentAt;
    }

    /** Forgets who the reminder went to and what it said to them; that it was sent, and when, stays. */
    void eraseRecipient(String erasedName) {
        if (recipientName != null && !recipientName.isBlank()) {
            subject = subject.replace(recipientName, erasedName);
        }
        recipientName = erasedName;
        recipientEmail = "";
        body = "";
    }

    public Membership getMembership() {
        return membership;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public LocalDate getPeriodDate() {
        return periodDate;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public ReminderDelivery getDelivery() {
        return delivery;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The organisation it was written to; fetched with the reminder by the service. */
    public String getOrganisationName() {
        return membership.getOrganisation().getName();
    }
}
