package org.kakehashi.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is due a reminder on a day: a renewal a number of days before a membership's renewal date, or dues left
 * unpaid past their due date; each written to the organisation's primary contact in their language, and none that
 * was recorded before.
 */
@Component
class DueReminders {

    private static final int DEFAULT_DAYS_BEFORE = 30;

    /** A membership due a reminder, and the primary contact it goes to (null when it has none to mail). */
    record Candidate(Membership membership, ReminderKind kind, LocalDate periodDate, ContactPerson contact) {
        Candidate to(ContactPerson recipient) {
            return new Candidate(membership, kind, periodDate, recipient);
        }
    }

    /** A reminder written and waiting to be recorded and sent. */
    record Due(long membershipId, ReminderKind kind, LocalDate periodDate, ReminderTemplates.Mail mail) {
    }

    private static final Logger log = LoggerFactory.getLogger(DueReminders.class);

    private final MemberReminderRepository reminders;
    private final MembershipService membershipService;
    private final ReminderTemplates templates;
    private final int daysBefore;

    DueReminders(MemberReminderRepository reminders, MembershipService membershipService,
            ReminderTemplates templates,
            @Value("${kakehashi.members.reminders.days-before:" + DEFAULT_DAYS_BEFORE + "}") int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("The days before a renewal cannot be negative: " + daysBefore);
        }
        this.reminders = reminders;
        this.membershipService = membershipService;
        this.templates = templates;
        this.daysBefore = daysBefore;
    }

    int daysBefore() {
        return daysBefore;
    }

    /** The memberships due a reminder today that have not had it, each with the primary contact to write to. */
    List<Candidate> candidates(LocalDate today) {
        var found = new ArrayList<Candidate>();
        for (var membership : reminders.renewalsDue(today, today.plusDays(daysBefore), ReminderKind.RENEWAL)) {
            found.add(new Candidate(membership, ReminderKind.RENEWAL, membership.getEndDate(), null));
        }
        for (var membership : reminders.duesOverdue()) {
            var dueDate = membershipService.dueDate(membership, today.getYear());
            if (!reminders.existsByMembershipIdAndKindAndPeriodDate(membership.getId(), ReminderKind.OVERDUE,
                    dueDate)) {
                found.add(new Candidate(membership, ReminderKind.OVERDUE, dueDate, null));
            }
        }
        var organisationIds = found.stream().map(candidate -> candidate.membership().getOrganisation().getId())
                .distinct().toList();
        var contacts = new HashMap<Long, ContactPerson>();
        if (!organisationIds.isEmpty()) {
            reminders.primaryContactsWithEmail(organisationIds)
                    .forEach(contact -> contacts.putIfAbsent(contact.getOrganisation().getId(), contact));
        }
        return found.stream()
                .map(candidate -> candidate.to(contacts.get(candidate.membership().getOrganisation().getId())))
                .toList();
    }

    /** The reminder written to the candidate's contact; empty when there is no one to write to. */
    Optional<Due> write(Candidate candidate) {
        var membership = candidate.membership();
        var organisation = membership.getOrganisation();
        if (candidate.contact() == null) {
            log.info("No {} reminder for {} (membership {}): it has no primary contact with an email address",
                    candidate.kind(), organisation.getName(), membership.getId());
            return Optional.empty();
        }
        var type = membership.getType();
        var mail = templates.write(candidate.kind(), candidate.contact(), organisation.getName(),
                candidate.periodDate(), type.getAnnualFee(), type.getCurrency());
        return Optional.of(new Due(membership.getId(), candidate.kind(), candidate.periodDate(), mail));
    }
}
