package org.kakehashi.members;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.kakehashi.common.Translations;
import org.springframework.stereotype.Component;

/**
 * Writes a reminder from the templates of the {@code reminders} bundle, in the contact's preferred language (English
 * for one we have no template in), with the date and the fee written the way that language writes them.
 */
@Component
class ReminderTemplates {

    /** A reminder ready to send: to whom, in which language, and what it says. */
    record Mail(String recipientName, String recipientEmail, Locale locale, String subject, String body) {
    }

    private final Translations translations;

    ReminderTemplates(Translations translations) {
        this.translations = translations;
    }

    Mail write(ReminderKind kind, ContactPerson contact, String organisationName, LocalDate date, BigDecimal fee,
            String currency) {
        var locale = Translations.supported(Locale.forLanguageTag(contact.getPreferredLanguage()));
        var name = salutationName(contact, locale);
        var longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Translations.formats(locale)).format(date);
        var prefix = "reminder." + kind.name().toLowerCase(Locale.ROOT);
        var subject = translations.getTranslation(prefix + ".subject", locale, organisationName, longDate);
        var body = translations.getTranslation(prefix + ".body", locale, name, organisationName, longDate,
                fee(fee, currency, locale));
        return new Mail(name, contact.getEmail(), locale, subject, body);
    }

    /** In Japanese the name in Japanese script where the register has it, else family name first. */
    private static String salutationName(ContactPerson contact, Locale locale) {
        if (locale.equals(Translations.JAPANESE)) {
            return contact.getNameJapanese() != null ? contact.getNameJapanese()
                    : contact.getFamilyName() + " " + contact.getGivenName();
        }
        return contact.getFullName();
    }

    /** In the currency's own decimals: 5 000,00 kr in Swedish, SEK 5,000.00 in English, ￥50,000 in Japanese for yen. */
    private static String fee(BigDecimal amount, String currencyCode, Locale locale) {
        var currency = Currency.getInstance(currencyCode);
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        var text = format.format(amount);
        // The space CLDR puts between a currency code and the digits, which java.text leaves out: SEK 5,000.00
        var symbol = currency.getSymbol(locale);
        boolean codeTouchesDigits = text.startsWith(symbol) && text.length() > symbol.length()
                && Character.isLetter(symbol.charAt(symbol.length() - 1))
                && Character.isDigit(text.charAt(symbol.length()));
        return codeTouchesDigits ? symbol + "\u00a0" + text.substring(symbol.length()) : text;
    }
}
