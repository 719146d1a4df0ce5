package org.kakehashi.members;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kakehashi.security.SystemAccess;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Members of the tests' own, made through the public services as the secretary would make them. */
public class ReminderFixtures implements BeforeEachCallback {

    private OrganisationService organisations;
    private ContactService contacts;
    private MembershipService memberships;
    private ReminderService reminders;
    private MemberReminderRepository recorded;
    private ReminderJob job;
    private Clock clock;

    /** Takes the services from the test's Spring context. */
    @Override
    public void beforeEach(ExtensionContext test) {
        var context = SpringExtension.getApplicationContext(test);
        organisations = context.getBean(OrganisationService.class);
        contacts = context.getBean(ContactService.class);
        memberships = context.getBean(MembershipService.class);
        reminders = context.getBean(ReminderService.class);
        recorded = context.getBean(MemberReminderRepository.class);
        job = context.getBean(ReminderJob.class);
        clock = context.getBean(Clock.class);
    }

    /** 07:00 in Malmö on Monday 16 March 2026: "today" for the tests that fix the date, with {@code @TestBean}. */
    public static Clock mondayMorning() {
        return Clock.fixed(Instant.parse("2026-03-16T06:00:00Z"), ZoneId.of("Europe/Stockholm"));
    }

    /** Runs the scheduled job, as it runs every morning. */
    public void runJob() {
        job.send();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs the reminders as the system, as the job does, and tells what they did. */
    public ReminderService.Outcome sendDueReminders() {
        return asSystem(reminders::sendDueReminders);
    }

    /** The reminders recorded for a membership, newest first, read from the table the outbox shows. */
    public List<MemberReminder> remindersOf(Membership membership) {
        return recorded.findByMembershipIdOrderBySentAtDescIdDesc(membership.getId());
    }

    /** An organisation with a membership from start to end, of a type with the fee given. */
    public Membership member(String name, LocalDate start, LocalDate end, String fee, String currency) {
        return asSystem(() -> {
            var organisation = new Organisation();
            organisation.setName(name);
            organisation.setKind(OrganisationKind.COMPANY);
            organisation.setCity("Malmö");
            var saved = organisations.save(organisation);
            return memberships.join(saved.getId(), type(fee, currency), start, end);
        });
    }

    public ContactPerson contact(Membership membership, String givenName, String familyName, String language,
            String email, boolean primary) {
        return asSystem(() -> {
            var contact = new ContactPerson();
            contact.setOrganisation(membership.getOrganisation());
            contact.setGivenName(givenName);
            contact.setFamilyName(familyName);
            contact.setPreferredLanguage(language);
            contact.setEmail(email);
            contact.setPrimaryContact(primary);
            return contacts.save(contact);
        });
    }

    /** A primary contact who reads mail in the language given. */
    public ContactPerson primaryContact(Membership membership, String givenName, String familyName, String language,
            String email) {
        return contact(membership, givenName, familyName, language, email, true);
    }

    public ContactPerson save(ContactPerson contact) {
        return asSystem(() -> contacts.save(contact));
    }

    public void pay(Membership membership, int year, String amount, LocalDate paidOn) {
        asSystem(() -> {
            var payment = new DuesPayment();
            payment.setPeriodYear(year);
            payment.setAmount(new BigDecimal(amount));
            payment.setCurrency(membership.getType().getCurrency());
            payment.setPaidDate(paidOn);
            return memberships.recordPayment(membership, payment);
        });
    }

    /** The membership as it is stored now, with its derived status. */
    public Membership reload(Membership membership) {
        return asSystem(() -> memberships.membershipOf(membership.getOrganisation().getId()).orElseThrow());
    }

    /** An organisation of the register, not a member; {@code details} sets anything else the test reads. */
    public Organisation organisation(String name, OrganisationKind kind, String city,
            Consumer<Organisation> details) {
        return asSystem(() -> {
            var organisation = new Organisation();
            organisation.setName(name);
            organisation.setKind(kind);
            organisation.setCity(city);
            details.accept(organisation);
            return organisations.save(organisation);
        });
    }

    public Organisation organisation(String name, OrganisationKind kind, String city) {
        return organisation(name, kind, city, organisation -> { });
    }

    /** Makes the organisation a member from start to end: an applicant until its first payment. */
    public Membership join(Organisation organisation, LocalDate start, LocalDate end) {
        return asSystem(() -> memberships.join(organisation.getId(), membershipType(), start, end));
    }

    /**
     * A member since a year ago, renewing on the end date given, who paid last year's dues: active, this year's dues
     * unpaid (overdue once the end date's day of this year has passed).
     */
    public Membership activeMember(Organisation organisation, LocalDate end) {
        var membership = join(organisation, today().minusYears(1), end);
        pay(membership, today().getYear() - 1, membership.getType().getAnnualFee().toPlainString(), today());
        return reload(membership);
    }

    public Membership activeMember(Organisation organisation) {
        return activeMember(organisation, today().plusMonths(11));
    }

    /** The membership type the tests' members join unless they name a fee: 5,000 SEK. */
    public MembershipType membershipType() {
        return asSystem(() -> type("5000", "SEK"));
    }

    private MembershipType type(String fee, String currency) {
        var name = "Test type " + fee + " " + currency;
        return memberships.types().stream().filter(type -> type.getName().equals(name)).findFirst().orElseGet(() -> {
            var type = new MembershipType();
            type.setName(name);
            type.setAnnualFee(new BigDecimal(fee));
            type.setCurrency(currency);
            return memberships.saveType(type);
        });
    }

    public static <T> T asSystem(Supplier<T> work) {
        var result = new AtomicReference<T>();
        SystemAccess.run(() -> result.set(work.get()));
        return result.get();
    }
}
