package org.kakehashi.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale SWEDISH = Locale.of("sv");

    @Test
    void amounts_follow_the_users_language_and_the_currencys_own_decimals() {
        assertThat(plainSpaces(Formats.money(new BigDecimal("5000"), "SEK", SWEDISH))).isEqualTo("5 000,00 kr");
        assertThat(plainSpaces(Formats.money(new BigDecimal("1234.5"), "EUR", Locale.GERMAN))).isEqualTo("1.234,50 €");
        assertThat(plainSpaces(Formats.money(new BigDecimal("250000"), "JPY", Locale.JAPANESE))).isEqualTo("￥250,000");
        assertThat(plainSpaces(Formats.money(new BigDecimal("5000"), "SEK", Locale.ENGLISH))).isEqualTo("SEK 5,000.00");
    }

    /** The formats separate thousands and currencies with no-break spaces, which keep "5 000 kr" on one line. */
    private static String plainSpaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void dates_follow_the_users_language() {
        var date = LocalDate.of(2026, 6, 30);
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("Jun 30, 2026");
        assertThat(Formats.date(date, SWEDISH)).isEqualTo("30 juni 2026");
        assertThat(Formats.date(date, Locale.GERMAN)).isEqualTo("30.06.2026");
        assertThat(Formats.date(date, Locale.JAPANESE)).isEqualTo("2026/06/30");
    }

    @Test
    void countries_are_named_in_the_users_language() {
        assertThat(Formats.country("JP", SWEDISH)).isEqualTo("Japan");
        assertThat(Formats.country("SE", Locale.JAPANESE)).isEqualTo("スウェーデン");
    }
}
