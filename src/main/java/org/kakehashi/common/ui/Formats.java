package org.kakehashi.common.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
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

    /** 5 000,00 kr in Swedish, SEK 5,000.00 in English, ￥500,000 in Japanese: the currency's own decimals. */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        var currency = Currency.getInstance(currencyCode);
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
