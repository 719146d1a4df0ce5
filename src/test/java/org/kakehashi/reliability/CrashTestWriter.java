package org.kakehashi.reliability;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.SystemAccess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of the application: CrashSafetyIT puts this class beside the packaged jar (Spring Boot's loader.path)
 * to make the real application save a stream of new members through its services until it is killed. Each member
 * is an organisation, its contact person and its membership, saved in one transaction; its id is printed only
 * after the commit, as the acknowledgement a user would see.
 */
@Component
@ConditionalOnProperty(name = "kakehashi.crash-test.write", havingValue = "true")
class CrashTestWriter implements ApplicationRunner {

    static final String ACKNOWLEDGED = "CRASH-TEST SAVED ";
    static final String NAME = "Crash test member ";

    private final OrganisationService organisations;
    private final ContactService contacts;
    private final MembershipService memberships;
    private final TransactionTemplate transaction;

    CrashTestWriter(OrganisationService organisations, ContactService contacts, MembershipService memberships,
            PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.memberships = memberships;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.run(() -> {
            var type = new MembershipType();
            type.setName("Crash test " + System.nanoTime());
            type.setAnnualFee(new BigDecimal("1200.00"));
            type.setCurrency("SEK");
            var savedType = memberships.saveType(type);
            for (long n = 1; ; n++) {
                long id = saveMember(savedType, n);
                System.out.println(ACKNOWLEDGED + id);
                System.out.flush();
            }
        });
    }

    private long saveMember(MembershipType type, long n) {
        return transaction.execute(status -> {
            var organisation = new Organisation();
            organisation.setName(NAME + n + " 神戸 🧬");
            organisation.setKind(OrganisationKind.COMPANY);
            organisation.setCountry("SE");
            organisation = organisations.save(organisation);
            var contact = new ContactPerson();
            contact.setOrganisation(organisation);
            contact.setFamilyName("Crash");
            contact.setGivenName("Test " + n);
            contact.setPreferredLanguage("en");
            contacts.save(contact);
            memberships.join(organisation.getId(), type, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            return organisation.getId();
        });
    }
}
