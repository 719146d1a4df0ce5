package org.kakehashi.common.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Currency;
import java.util.Locale;
import org.kakehashi.common.Translations;

/** Dates and amounts as the user's language writes them; dates and times as in Europe and Japan (see {@link Translations#formats}). */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Translations.formats(locale)).format(date);
    }

    /** An instant as a date and a time of day in the given zone. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Translations.formats(locale))
                        .format(instant.atZone(zone));
    }

    /** A day as a heading: "Tuesday, 20 October 2026". */
    public static String dayHeading(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Translations.formats(locale)).format(date);
    }

    public static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Translations.formats(locale)).format(time);
    }

    /** "18:00–20:00", with the date in front when it is not the given day (Osaka's night is Leipzig's afternoon). */
    public static String timeRange(ZonedDateTime start, ZonedDateTime end, LocalDate day, Locale locale) {
        return time(start, day, locale) + "–" + time(end, start.toLocalDate(), locale);
    }

    /** The time of day, with the date in front when it is not the given day. */
    public static String time(ZonedDateTime time, LocalDate day, Locale locale) {
        return time.toLocalDate().equals(day) ? time(time, locale)
                : shortDate(time.toLocalDate(), locale) + " " + time(time, locale);
    }

    /** The zone's abbreviation at that time: CET in winter, CEST in summer, JST. */
    public static String zone(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", Translations.formats(locale)).format(time);
    }

    private static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Translations.formats(locale)).format(date);
    }

    /** The first day of the user's week: Monday in Europe, Sunday in Japan. */
    public static DayOfWeek firstDayOfWeek(Locale locale) {
        return WeekFields.of(Translations.formats(locale)).getFirstDayOfWeek();
    }

    /** The number of a date's week, as the user's calendars count it. */
    public static int weekNumber(LocalDate date, Locale locale) {
        return date.get(WeekFields.of(Translations.formats(locale)).weekOfWeekBasedYear());
    }

    /** 5 000,00 kr in Swedish, SEK 5,000.00 in English, ￥500,000 in Japanese: the currency's own decimals. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return NumberFormat.getNumberInstance(locale).format(amount) + (currencyCode == null ? "" : " " + currencyCode);
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        var formatted = format.format(amount);
        // Where the language has no sign of its own for the currency, its code stands glued to the amount: SEK5,000.00
        if (formatted.startsWith(currencyCode) && formatted.length() > 3 && Character.isDigit(formatted.charAt(3))) {
            return currencyCode + '\u00a0' + formatted.substring(3);
        }
        return formatted;
    }

    public static String country(String isoCode, Locale locale) {
        return isoCode == null ? "" : Locale.of("", isoCode).getDisplayCountry(locale);
    }
}
