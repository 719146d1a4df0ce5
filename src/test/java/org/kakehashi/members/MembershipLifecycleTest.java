package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditEntry.Action;
import org.kakehashi.pipeline.PipelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

/** A membership ended on request, and the statuses that the nightly refresh moves on as the date passes. */
@SpringBootTest
@Import(PipelineTestData.Config.class)
class MembershipLifecycleTest {

    /** The clock's day in {@link PipelineTestData}: 16 March 2026. */
    private static final LocalDate TODAY = PipelineTestData.TODAY;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private MembershipStatusJob nightly;

    @Autowired
    private PipelineTestData data;

    @BeforeEach
    void secretaryAtWork() {
        data.clock().set(PipelineTestData.NOW);
        data.loginAs("secretary");
    }

    @AfterEach
    void backToToday() {
        data.clock().set(PipelineTestData.NOW);
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_that_resigns_today_is_resigned_owes_no_more_dues_and_the_resignation_is_in_its_history() {
        var membership = paidMember("Malmö Harbour Logistics", LocalDate.of(2026, 12, 31), 2026);
        assertThat(membership.getStatus()).isEqualTo(MembershipStatus.ACTIVE);

        memberships.resign(membership, TODAY);

        var resigned = memberships.membershipOf(membership.getOrganisation().getId()).orElseThrow();
        assertThat(resigned.getStatus()).isEqualTo(MembershipStatus.RESIGNED);
        assertThat(resigned.getDuesStatus()).isEqualTo(DuesStatus.NONE);
        assertThat(resigned.getResignedOn()).isEqualTo(TODAY);
        assertThat(memberships.history(membership.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .contains(tuple("secretary", Action.UPDATE, "resignedOn", null, TODAY.toString()),
                        tuple("secretary", Action.UPDATE, "status", "ACTIVE", "RESIGNED"));
    }

    @Test
    void a_resignation_from_a_later_day_leaves_the_member_active_until_the_nightly_refresh_of_that_day() {
        var membership = paidMember("Lund Photonics", LocalDate.of(2026, 12, 31), 2026);
        var lastDay = TODAY.plusDays(45);

        memberships.resign(membership, lastDay);
        assertThat(statusOf(membership)).isEqualTo(MembershipStatus.ACTIVE);

        data.clock().set(lastDay.atTime(0, 5).atZone(data.clock().getZone()).toInstant());
        SecurityContextHolder.clearContext();
        nightly.refresh();

        data.loginAs("secretary");
        assertThat(statusOf(membership)).isEqualTo(MembershipStatus.RESIGNED);
    }

    @Test
    void the_nightly_refresh_lapses_a_membership_past_its_grace_period_and_records_it_as_the_system() {
        // Paid for last year only: the end date in this March stays, and thirty days after it the member lapses
        var membership = paidMember("Helsingborg Food Cluster", LocalDate.of(2026, 3, 31), 2025);
        var untouched = paidMember("Kristianstad Water Lab", LocalDate.of(2026, 12, 31), 2026);
        assertThat(membership.getStatus()).isEqualTo(MembershipStatus.ACTIVE);

        data.clock().set(PipelineTestData.NOW.plus(java.time.Duration.ofDays(47)));
        data.loginAs("secretary");
        assertThat(statusOf(membership)).as("nothing moves it before the night").isEqualTo(MembershipStatus.ACTIVE);
        SecurityContextHolder.clearContext();
        nightly.refresh();

        data.loginAs("secretary");
        assertThat(statusOf(membership)).isEqualTo(MembershipStatus.LAPSED);
        assertThat(statusOf(untouched)).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(memberships.history(membership.getId(), Pageable.ofSize(50)).getContent())
                .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                        AuditEntry::newValue)
                .contains(tuple("system", Action.UPDATE, "status", "ACTIVE", "LAPSED"));
    }

    /** A member from the first of January to the end date, with the full fee paid for one year. */
    private Membership paidMember(String name, LocalDate endDate, int paidYear) {
        var organisation = new Organisation();
        organisation.setName(name + " " + System.nanoTime());
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Malmö");
        organisation = organisations.save(organisation);
        var type = new MembershipType();
        type.setName("Company member " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("8000"));
        type.setCurrency("SEK");
        type = memberships.saveType(type);
        var membership = memberships.join(organisation.getId(), type, LocalDate.of(2026, 1, 1), endDate);
        var payment = new DuesPayment();
        payment.setPeriodYear(paidYear);
        payment.setAmount(new BigDecimal("8000"));
        payment.setCurrency("SEK");
        payment.setPaidDate(LocalDate.of(2026, 1, 20));
        memberships.recordPayment(membership, payment);
        return memberships.membershipOf(organisation.getId()).orElseThrow();
    }

    private MembershipStatus statusOf(Membership membership) {
        return memberships.membershipOf(membership.getOrganisation().getId()).orElseThrow().getStatus();
    }
}
