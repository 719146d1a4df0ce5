package org.kakehashi.dashboard;

import java.time.LocalDate;

/**
 * The year the board looks at: a calendar year, or a Japanese fiscal year (April to March, named after the year it
 * starts in, as 2026年度 runs from April 2026 to March 2027).
 */
public record DashboardPeriod(Kind kind, int year) {

    public enum Kind {
        CALENDAR, FISCAL
    }

    /** The period that contains the day. */
    public static DashboardPeriod containing(Kind kind, LocalDate day) {
        return new DashboardPeriod(kind, kind == Kind.FISCAL && day.getMonthValue() < 4 ? day.getYear() - 1
                : day.getYear());
    }

    public LocalDate start() {
        return kind == Kind.CALENDAR ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 4, 1);
    }

    /** The last day, included. */
    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    /** The day the figures are "as of": today while the period runs, else its last day (or first, if to come). */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(start()) ? start() : today.isAfter(end()) ? end() : today;
    }

    /** The dues are yearly by calendar year: a fiscal year takes the dues of the year it starts in. */
    public int duesYear() {
        return year;
    }
}
