package org.kakehashi.common.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates and amounts as the user's language writes them. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant as a date and a time of day in the given zone. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(instant.atZone(zone));
    }

    /** A day as a heading: "Tuesday, October 20, 2026". */
    public static String dayHeading(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    public static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** "18:00–20:00", with the date in front when it is not the given day (Osaka's night is Leipzig's afternoon). */
    public static String timeRange(ZonedDateTime start, ZonedDateTime end, LocalDate day, Locale locale) {
        var from = start.toLocalDate().equals(day) ? time(start, locale)
                : shortDate(start.toLocalDate(), locale) + " " + time(start, locale);
        var to = end.toLocalDate().equals(start.toLocalDate()) ? time(end, locale)
                : shortDate(end.toLocalDate(), locale) + " " + time(end, locale);
        return from + "–" + to;
    }

    /** The zone's abbreviation at that time: CET in winter, CEST in summer, JST. */
    public static String zone(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(time);
    }

    private static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
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
