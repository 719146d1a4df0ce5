package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.kakehashi.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renewal reminders a number of days before a membership's renewal date, and reminders of dues left unpaid past
 * their due date: who is due one is decided by {@link DueReminders}, the mail goes out through
 * {@link ReminderSender}, or stays in the outbox when no SMTP server is configured. Each is recorded on its
 * membership, and none is written twice.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
public class ReminderService {

    /** What one run of the reminders did. */
    public record Outcome(int sent, int outbox, int skipped, int failed) {
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
    private final DueReminders dueReminders;
    private final ReminderSender sender;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderService(MemberReminderRepository reminders, MembershipRepository memberships, DueReminders dueReminders,
            ReminderSender sender, PlatformTransactionManager transactionManager, Clock clock) {
        this.reminders = reminders;
        this.memberships = memberships;
        this.dueReminders = dueReminders;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
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

    /** True when an SMTP server is configured, so reminders are mailed rather than kept in the outbox. */
    public boolean mailsReminders() {
        return sender.mailsReminders();
    }

    public int daysBefore() {
        return dueReminders.daysBefore();
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
        var candidates = transaction.execute(status -> dueReminders.candidates(today));
        var due = candidates.stream().map(dueReminders::write).flatMap(Optional::stream).toList();
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

    /** Records the reminder, then mails it: a mail that fails leaves no record. Null when it was recorded before. */
    private ReminderDelivery record(DueReminders.Due due) {
        if (reminders.existsByMembershipIdAndKindAndPeriodDate(due.membershipId(), due.kind(), due.periodDate())) {
            return null;
        }
        var delivery = sender.mailsReminders() ? ReminderDelivery.SENT : ReminderDelivery.OUTBOX;
        reminders.saveAndFlush(new MemberReminder(memberships.getReferenceById(due.membershipId()), due.kind(),
                due.periodDate(), due.mail(), delivery, clock.instant()));
        sender.send(due.mail());
        return delivery;
    }
}
