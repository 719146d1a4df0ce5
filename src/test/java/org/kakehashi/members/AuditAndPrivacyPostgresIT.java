package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The audit history's table, its queries and a person's erasure, on PostgreSQL. */
@PostgresTest
class AuditAndPrivacyPostgresIT {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private PrivacyService privacy;

    @Test
    void history_export_erasure_and_review_work_on_postgresql() {
        SystemAccess.run(() -> {
            var organisation = new Organisation();
            organisation.setName("Toyohashi Sensor Works");
            organisation.setKind(OrganisationKind.COMPANY);
            organisation = organisations.save(organisation);
            var contact = new ContactPerson();
            contact.setOrganisation(organisation);
            contact.setGivenName("Kenta");
            contact.setFamilyName("Ogawa");
            contact.setEmail("kenta.ogawa@example.jp");
            contact = contacts.save(contact);
            contact.setTitle("Plant manager");
            contact = contacts.save(contact);

            assertThat(contacts.history(contact.getId(), Pageable.ofSize(1)).getTotalElements()).isGreaterThan(3);
            assertThat(organisations.history(organisation.getId(), Pageable.ofSize(50)).getContent())
                    .extracting(AuditEntry::entityType, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                            AuditEntry::newValue)
                    .contains(tuple("ContactPerson", Action.UPDATE, "title", null, "Plant manager"),
                            tuple("Organisation", Action.CREATE, "name", null, "Toyohashi Sensor Works"));
            assertThat(privacy.export(contact.getId(), Locale.ENGLISH)).contains("Kenta", "Ogawa", "Plant manager");

            privacy.erase(contact.getId());

            assertThat(contacts.history(contact.getId(), Pageable.ofSize(100)).getContent())
                    .filteredOn(entry -> ContactPerson.PERSONAL_FIELDS.contains(entry.field()))
                    .allSatisfy(entry -> assertThat(entry.newValue()).isNull());
            assertThat(privacy.reviewList(Pageable.ofSize(10)).getContent()).isEmpty();
        });
    }
}
