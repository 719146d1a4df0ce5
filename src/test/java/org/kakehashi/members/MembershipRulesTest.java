package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The membership rules at each boundary date, with a fee of 5 000 and a grace period of 30 days. */
class MembershipRulesTest {

    private static final BigDecimal FEE = new BigDecimal("5000.00");
    private static final LocalDate START = LocalDate.of(2023, 7, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    private final MembershipRules rules = new MembershipRules(30);

    private static MembershipRules.Facts paid(BigDecimal paidThisYear) {
        return new MembershipRules.Facts(START, END, null, true, FEE, paidThisYear);
    }

    @Nested
    class Status {

        @Test
        void a_membership_without_any_payment_is_an_applicant() {
            var facts = new MembershipRules.Facts(START, END, null, false, FEE, BigDecimal.ZERO);
            assertThat(rules.status(facts, LocalDate.of(2026, 1, 10))).isEqualTo(MembershipStatus.APPLICANT);
        }

        @Test
        void a_paid_membership_is_active_up_to_and_on_its_end_date() {
            assertThat(rules.status(paid(FEE), END.minusDays(1))).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(rules.status(paid(FEE), END)).isEqualTo(MembershipStatus.ACTIVE);
        }

        @Test
        void it_stays_active_through_the_last_day_of_the_grace_period_and_lapses_the_day_after() {
            assertThat(rules.status(paid(FEE), END.plusDays(30))).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(rules.status(paid(FEE), END.plusDays(31))).isEqualTo(MembershipStatus.LAPSED);
        }

        @Test
        void a_membership_ended_on_request_is_resigned_from_that_day_not_before() {
            var resignsOn = LocalDate.of(2026, 3, 31);
            var facts = new MembershipRules.Facts(START, END, resignsOn, true, FEE, FEE);
            assertThat(rules.status(facts, resignsOn.minusDays(1))).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(rules.status(facts, resignsOn)).isEqualTo(MembershipStatus.RESIGNED);
        }

        @Test
        void the_grace_period_is_configurable() {
            var strict = new MembershipRules(0);
            assertThat(strict.status(paid(FEE), END)).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(strict.status(paid(FEE), END.plusDays(1))).isEqualTo(MembershipStatus.LAPSED);
        }
    }

    @Nested
    class Dues {

        @Test
        void dues_are_due_until_and_on_the_due_date_and_overdue_the_day_after() {
            assertThat(rules.duesStatus(paid(BigDecimal.ZERO), END)).isEqualTo(DuesStatus.DUE);
            assertThat(rules.duesStatus(paid(BigDecimal.ZERO), END.plusDays(1))).isEqualTo(DuesStatus.OVERDUE);
        }

        @Test
        void a_part_payment_leaves_the_dues_unpaid_and_the_full_fee_pays_them() {
            assertThat(rules.duesStatus(paid(new BigDecimal("4999.99")), END.plusDays(1)))
                    .isEqualTo(DuesStatus.OVERDUE);
            assertThat(rules.duesStatus(paid(FEE), END.plusDays(1))).isEqualTo(DuesStatus.PAID);
        }

        @Test
        void a_resigned_member_owes_nothing() {
            var facts = new MembershipRules.Facts(START, END, LocalDate.of(2026, 3, 31), true, FEE, BigDecimal.ZERO);
            assertThat(rules.duesStatus(facts, LocalDate.of(2026, 8, 1))).isEqualTo(DuesStatus.NONE);
        }

        @Test
        void dues_fall_due_on_the_end_dates_day_in_each_year_and_on_28_february_for_a_leap_day() {
            assertThat(rules.dueDate(START, END, 2027)).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(rules.dueDate(START, LocalDate.of(2028, 2, 29), 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        }

        @Test
        void a_new_members_first_dues_fall_due_when_the_grace_period_after_joining_ends() {
            var joined = LocalDate.of(2026, 11, 3);
            var firstEnd = LocalDate.of(2027, 11, 2);
            assertThat(rules.dueDate(joined, firstEnd, 2026)).isEqualTo(LocalDate.of(2026, 12, 3));
            var applicant = new MembershipRules.Facts(joined, firstEnd, null, false, FEE, BigDecimal.ZERO);
            assertThat(rules.duesStatus(applicant, LocalDate.of(2026, 12, 3))).isEqualTo(DuesStatus.DUE);
            assertThat(rules.duesStatus(applicant, LocalDate.of(2026, 12, 4))).isEqualTo(DuesStatus.OVERDUE);
        }
    }

    @Nested
    class Renewal {

        @Test
        void paying_the_end_dates_year_in_full_renews_the_membership_for_a_year() {
            assertThat(rules.endDateAfterPayment(END, 2026, FEE, FEE)).isEqualTo(END.plusYears(1));
        }

        @Test
        void a_part_payment_or_a_payment_for_another_year_leaves_the_end_date() {
            assertThat(rules.endDateAfterPayment(END, 2026, FEE, new BigDecimal("2500"))).isEqualTo(END);
            assertThat(rules.endDateAfterPayment(END, 2025, FEE, FEE)).isEqualTo(END);
        }
    }
}
