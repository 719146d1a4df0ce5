package org.kakehashi.delegations.ui;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user's language writes them. */
final class Formats {

    private Formats() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dayHeading(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "18:00–20:00", with the date in front when it is not the given day (Osaka's night is Leipzig's afternoon). */
    static String timeRange(ZonedDateTime start, ZonedDateTime end, LocalDate day, Locale locale) {
        var from = start.toLocalDate().equals(day) ? time(start, locale)
                : shortDate(start.toLocalDate(), locale) + " " + time(start, locale);
        var to = end.toLocalDate().equals(start.toLocalDate()) ? time(end, locale)
                : shortDate(end.toLocalDate(), locale) + " " + time(end, locale);
        return from + "–" + to;
    }

    /** The zone's abbreviation at that time: CET in winter, CEST in summer, JST. */
    static String zone(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(time);
    }

    private static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
    }
}
