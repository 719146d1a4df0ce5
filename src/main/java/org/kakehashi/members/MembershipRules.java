package org.kakehashi.members;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The one place where a membership's status and the state of its dues are decided.
 *
 * <ul>
 *   <li>resigned from the day it was ended on request;</li>
 *   <li>applicant until the first payment;</li>
 *   <li>lapsed once the end date plus the grace period has passed;</li>
 *   <li>active otherwise: current and paid (paying the dues of the end date's year moves the end date a year on).</li>
 * </ul>
 * Dues fall due each year on the anniversary of the end date, and in the year a membership starts no earlier
 * than the grace period after its start: paid when that year's payments reach the fee, overdue once the due date
 * has passed without.
 */
public final class MembershipRules {

    public static final int DEFAULT_GRACE_DAYS = 30;

    private final int graceDays;

    public MembershipRules(int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("The grace period cannot be negative: " + graceDays);
        }
        this.graceDays = graceDays;
    }

    /** What the rules need to know of one membership. */
    public record Facts(LocalDate startDate, LocalDate endDate, LocalDate resignedOn, boolean anyPayment,
            BigDecimal fee, BigDecimal paidForYear) {
    }

    public MembershipStatus status(Facts facts, LocalDate today) {
        if (facts.resignedOn() != null && !today.isBefore(facts.resignedOn())) {
            return MembershipStatus.RESIGNED;
        }
        if (!facts.anyPayment()) {
            return MembershipStatus.APPLICANT;
        }
        if (today.isAfter(facts.endDate().plusDays(graceDays))) {
            return MembershipStatus.LAPSED;
        }
        return MembershipStatus.ACTIVE;
    }

    public DuesStatus duesStatus(Facts facts, LocalDate today) {
        if (facts.resignedOn() != null && !today.isBefore(facts.resignedOn())) {
            return DuesStatus.NONE;
        }
        var paid = facts.paidForYear() == null ? BigDecimal.ZERO : facts.paidForYear();
        if (paid.compareTo(facts.fee()) >= 0) {
            return DuesStatus.PAID;
        }
        return today.isAfter(dueDate(facts.startDate(), facts.endDate(), today.getYear())) ? DuesStatus.OVERDUE
                : DuesStatus.DUE;
    }

    /**
     * The end date after a payment: paying the full dues of the end date's own year renews the membership for a
     * year, so that "current and paid" moves on with the payments.
     */
    public LocalDate endDateAfterPayment(LocalDate endDate, int periodYear, BigDecimal fee, BigDecimal paidForYear) {
        boolean paysTheEndDatesYear = endDate.getYear() == periodYear;
        boolean paidInFull = paidForYear.compareTo(fee) >= 0;
        return paysTheEndDatesYear && paidInFull ? endDate.plusYears(1) : endDate;
    }

    /**
     * The day a year's dues fall due: the end date's day and month in that year (28 February for 29 February), but
     * never before the grace period after the start, so a new member is not overdue on the day it joins.
     */
    public LocalDate dueDate(LocalDate startDate, LocalDate endDate, int year) {
        var anniversary = MonthDay.from(endDate).atYear(year);
        var earliest = startDate.plusDays(graceDays);
        return anniversary.isBefore(earliest) ? earliest : anniversary;
    }

    public int graceDays() {
        return graceDays;
    }
}
