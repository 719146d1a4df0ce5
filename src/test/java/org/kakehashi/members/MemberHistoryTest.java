package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.pipeline.PipelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every create, change and delete in the register is kept with who, when, and each field from what to what. */
@SpringBootTest
@Import(PipelineTestData.Config.class)
class MemberHistoryTest {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private PipelineTestData data;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Organisation saveOrganisation(String name) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.UNIVERSITY);
        organisation.setCity("Lund");
        return organisations.save(organisation);
    }

    @Test
    void a_change_of_an_organisation_is_kept_with_who_when_and_each_field_from_and_to() {
        data.clock().set(PipelineTestData.NOW);
        data.loginAs("secretary");
        var organisation = saveOrganisation("Lund Life Science Institute");

        data.clock().set(PipelineTestData.NOW.plusSeconds(3600));
        data.loginAs("admin");
        organisation.setCity("Malmö");
        organisation.setKind(OrganisationKind.RESEARCH_INSTITUTE);
        organisations.save(organisation);

        var history = organisations.history(organisation.getId(), Pageable.ofSize(50)).getContent();
        assertThat(history).filteredOn(entry -> entry.action() == Action.UPDATE)
                .extracting(AuditEntry::changedBy, AuditEntry::changedAt, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .containsExactlyInAnyOrder(
                        tuple("admin", PipelineTestData.NOW.plusSeconds(3600), "city", "Lund", "Malmö"),
                        tuple("admin", PipelineTestData.NOW.plusSeconds(3600), "kind", "UNIVERSITY",
                                "RESEARCH_INSTITUTE"));
        assertThat(history).filteredOn(entry -> entry.action() == Action.CREATE)
                .extracting(AuditEntry::changedBy, AuditEntry::changedAt, AuditEntry::field, AuditEntry::newValue)
                .contains(tuple("secretary", PipelineTestData.NOW, "name", "Lund Life Science Institute"),
                        tuple("secretary", PipelineTestData.NOW, "city", "Lund"))
                .extracting(tuple -> tuple.toArray()[2]).doesNotContain("version", "searchText", "createdBy");
        // Newest first
        assertThat(history.getFirst().action()).isEqualTo(Action.UPDATE);
    }

    @Test
    void a_deleted_contact_and_its_fields_stay_in_the_organisations_history() {
        data.loginAs("secretary");
        var organisation = saveOrganisation("Kobe Biomedical Cluster Office");
        var contact = new ContactPerson();
        contact.setOrganisation(organisation);
        contact.setGivenName("Haruka");
        contact.setFamilyName("Mori");
        contact.setEmail("haruka.mori@example.org");
        contact = contacts.save(contact);

        contacts.delete(contact);

        assertThat(contacts.history(contact.getId(), Pageable.ofSize(50)).getContent())
                .filteredOn(entry -> entry.action() == Action.DELETE)
                .extracting(AuditEntry::changedBy, AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .contains(tuple("secretary", "familyName", "Mori", null),
                        tuple("secretary", "email", "haruka.mori@example.org", null));
        assertThat(organisations.history(organisation.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::entityType, AuditEntry::action)
                .contains(tuple("ContactPerson", Action.CREATE), tuple("ContactPerson", Action.DELETE),
                        tuple("Organisation", Action.CREATE));
    }

    @Test
    void deleting_an_organisation_keeps_the_deletion_of_each_of_its_contacts() {
        data.loginAs("secretary");
        var organisation = saveOrganisation("Shonan Health Innovation Park");
        var contact = new ContactPerson();
        contact.setOrganisation(organisation);
        contact.setGivenName("Kenji");
        contact.setFamilyName("Sato");
        contact = contacts.save(contact);

        organisations.delete(organisation);

        assertThat(contacts.history(contact.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::action).contains(Action.DELETE);
        assertThat(organisations.history(organisation.getId(), Pageable.ofSize(50)).getContent())
                .filteredOn(entry -> entry.entityType().equals("Organisation"))
                .extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue)
                .contains(tuple(Action.DELETE, "name", "Shonan Health Innovation Park"));
    }

    @Test
    void a_membership_and_its_payments_are_kept_in_the_memberships_history() {
        data.loginAs("secretary");
        var organisation = saveOrganisation("Toyohashi University of Technology");
        var type = new MembershipType();
        type.setName("University member " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("5000"));
        type.setCurrency("SEK");
        type = memberships.saveType(type);
        var membership = memberships.join(organisation.getId(), type, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        var payment = new DuesPayment();
        payment.setPeriodYear(2026);
        payment.setAmount(new BigDecimal("5000"));
        payment.setCurrency("SEK");
        payment.setPaidDate(LocalDate.of(2026, 2, 3));
        payment.setReference("INV-2026-17");
        memberships.recordPayment(membership, payment);

        var history = memberships.history(membership.getId(), Pageable.ofSize(50)).getContent();
        assertThat(history).extracting(AuditEntry::entityType, AuditEntry::action, AuditEntry::field,
                        AuditEntry::newValue)
                .contains(tuple("Membership", Action.CREATE, "type", type.getName()),
                        tuple("Membership", Action.CREATE, "endDate", "2026-12-31"),
                        tuple("DuesPayment", Action.CREATE, "amount", "5000"),
                        tuple("DuesPayment", Action.CREATE, "reference", "INV-2026-17"),
                        tuple("Membership", Action.UPDATE, "endDate", "2027-12-31"));
    }

    @Test
    void a_membership_types_fee_changes_are_kept_in_its_history() {
        data.loginAs("secretary");
        var type = new MembershipType();
        type.setName("Municipality member " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("15000"));
        type.setCurrency("SEK");
        type = memberships.saveType(type);
        data.loginAs("admin");
        type.setAnnualFee(new BigDecimal("16500.50"));
        memberships.saveType(type);

        assertThat(memberships.typeHistory(type.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .contains(tuple("secretary", Action.CREATE, "annualFee", null, "15000"),
                        tuple("secretary", Action.CREATE, "currency", null, "SEK"),
                        tuple("admin", Action.UPDATE, "annualFee", "15000", "16500.5"));
    }

    @Test
    void nobody_logged_in_is_refused_the_history() {
        assertThatThrownBy(() -> organisations.history(1, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> contacts.history(1, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> memberships.history(1, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
