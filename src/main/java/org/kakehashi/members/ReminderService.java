package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kakehashi.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders a number of days before a membership's renewal date, and reminders of dues left unpaid past
 * their due date: written to the primary contact in their language, mailed through the SMTP server of
 * {@code spring.mail.*}, or kept in the outbox when none is configured. Each is recorded on its membership, and
 * none is written twice.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class ReminderService {

    public static final int DEFAULT_DAYS_BEFORE = 30;

    /** What one run of the reminders did. */
    public record Outcome(int sent, int outbox, int skipped, int failed) {
    }

    /** A membership due a reminder, and the primary contact it goes to (null when it has none to mail). */
    private record Candidate(Membership membership, ReminderKind kind, LocalDate periodDate, ContactPerson contact) {
        Candidate to(ContactPerson recipient) {
            return new Candidate(membership, kind, periodDate, recipient);
        }
    }

    /** A reminder written and waiting to be recorded and sent. */
    private record Due(long membershipId, ReminderKind kind, LocalDate periodDate, ReminderTemplates.Mail mail) {
    }

    /** The list's sort keys, mapped to what its query sorts by (o is the organisation); others are refused. */
    static final Map<String, String> SORTABLE = Map.of(
            "sentAt", "sentAt",
            "kind", "kind",
            "organisation", "o.name",
            "recipient", "recipientName",
            "subject", "subject",
            "delivery", "delivery");

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final MemberReminderRepository reminders;
    private final MembershipRepository memberships;
    private final MembershipService membershipService;
    private final ReminderTemplates templates;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean mailHostConfigured;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int daysBefore;
    private final String from;

    ReminderService(MemberReminderRepository reminders, MembershipRepository memberships,
            MembershipService membershipService, ReminderTemplates templates, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kakehashi.members.reminders.days-before:" + DEFAULT_DAYS_BEFORE + "}") int daysBefore,
            @Value("${kakehashi.members.reminders.from:kakehashi@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("The days before a renewal cannot be negative: " + daysBefore);
        }
        this.reminders = reminders;
        this.memberships = memberships;
        this.membershipService = membershipService;
        this.templates = templates;
        this.mailSender = mailSender;
        this.mailHostConfigured = !mailHost.isBlank();
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.from = from;
    }

    // ---- reading

    /** A page of the reminders, newest first unless sorted otherwise, each with its organisation. */
    public Page<MemberReminder> page(Pageable pageable) {
        var orders = new ArrayList<Sort.Order>();
        for (var order : pageable.getSort()) {
            var property = SORTABLE.get(order.getProperty());
            if (property == null) {
                throw new IllegalArgumentException("The reminders cannot be sorted by " + order.getProperty());
            }
            orders.add(order.withProperty(property));
        }
        if (orders.isEmpty()) {
            orders.add(Sort.Order.desc("sentAt"));
        }
        orders.add(Sort.Order.desc("id"));
        var request = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
        return reminders.findPage(request);
    }

    public long count() {
        return reminders.count();
    }

    public Optional<MemberReminder> get(long id) {
        return reminders.findWithOrganisation(id);
    }

    /** The reminders of one membership, newest first. */
    public List<MemberReminder> ofMembership(long membershipId) {
        return reminders.findByMembershipIdOrderBySentAtDescIdDesc(membershipId);
    }

    /** True when an SMTP server is configured, so reminders are mailed rather than kept in the outbox. */
    public boolean mailsReminders() {
        return configuredMailSender() != null;
    }

    /**
     * The mail sender when {@code spring.mail.host} is set, else null. The host is checked here at run time: the jar's
     * ahead-of-time processed context (see pom.xml) always holds Spring Boot's mail sender, whose condition on the
     * host was decided when the jar was built.
     */
    private JavaMailSender configuredMailSender() {
        return mailHostConfigured ? mailSender.getIfAvailable() : null;
    }

    public int daysBefore() {
        return daysBefore;
    }

    // ---- sending

    /**
     * Writes every reminder that is due today and has not been written before, each in a transaction of its own:
     * one that cannot be mailed is not recorded, and is tried again on the next run.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @RolesAllowed(Roles.ADMIN)
    public Outcome sendDueReminders() {
        var today = LocalDate.now(clock);
        var candidates = transaction.execute(status -> candidates(today));
        var due = candidates.stream().map(this::write).flatMap(Optional::stream).toList();
        int sent = 0;
        int outbox = 0;
        int failed = 0;
        for (var reminder : due) {
            try {
                var delivery = transaction.execute(status -> record(reminder));
                if (delivery == ReminderDelivery.SENT) {
                    sent++;
                } else if (delivery == ReminderDelivery.OUTBOX) {
                    outbox++;
                }
            } catch (DataIntegrityViolationException alreadyRecorded) {
                // Another instance of the application recorded the same reminder a moment earlier, and sends it
                log.info("The {} reminder of membership {} for {} was written by another instance", reminder.kind(),
                        reminder.membershipId(), reminder.periodDate());
            } catch (MailException e) {
                failed++;
                log.warn("Could not mail the {} reminder of membership {} to {}, to be tried again next run: {}",
                        reminder.kind(), reminder.membershipId(), reminder.mail().recipientEmail(), e.getMessage());
            }
        }
        var outcome = new Outcome(sent, outbox, candidates.size() - due.size(), failed);
        log.info("Reminders: {}", outcome);
        return outcome;
    }

    /** The memberships due a reminder today that have not had it, each with the primary contact to write to. */
    private List<Candidate> candidates(LocalDate today) {
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

    private Optional<Due> write(Candidate candidate) {
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

    /** Records the reminder, then mails it: a mail that fails leaves no record. Null when it was recorded before. */
    private ReminderDelivery record(Due due) {
        if (reminders.existsByMembershipIdAndKindAndPeriodDate(due.membershipId(), due.kind(), due.periodDate())) {
            return null;
        }
        var sender = configuredMailSender();
        var delivery = sender == null ? ReminderDelivery.OUTBOX : ReminderDelivery.SENT;
        reminders.saveAndFlush(new MemberReminder(memberships.getReferenceById(due.membershipId()), due.kind(),
                due.periodDate(), due.mail(), delivery, clock.instant()));
        if (sender != null) {
            send(sender, due.mail());
        }
        return delivery;
    }

    private void send(JavaMailSender sender, ReminderTemplates.Mail mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipientEmail());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }
}
