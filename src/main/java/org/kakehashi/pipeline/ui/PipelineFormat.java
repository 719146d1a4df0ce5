package org.kakehashi.pipeline.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates and amounts as the user's language writes them: "1 200 000 kr", "€1,200,000.00", "￥150,000,000". */
final class PipelineFormat {

    private PipelineFormat() {
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .format(instant.atZone(zone));
    }

    /** An amount in its currency, with the currency's own number of decimals (none for yen). */
    static String amount(BigDecimal amount, String currencyCode, Locale locale) {
        if (amount == null) {
            return "";
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        try {
            var currency = Currency.getInstance(currencyCode);
            format.setCurrency(currency);
            format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
            format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
        } catch (IllegalArgumentException | NullPointerException unknownCurrency) {
            return NumberFormat.getNumberInstance(locale).format(amount) + " " + currencyCode;
        }
        return format.format(amount);
    }

    /** Whole days, rounded down: time in stage is read in days. */
    static long days(Duration duration) {
        return duration.toDays();
    }
}
