package org.kakehashi.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("30 Jun 2026");
        assertThat(Formats.date(date, SWEDISH)).isEqualTo("30 juni 2026");
        assertThat(Formats.date(date, Locale.GERMAN)).isEqualTo("30.06.2026");
        assertThat(Formats.date(date, Locale.JAPANESE)).isEqualTo("2026/06/30");
    }

    @Test
    void english_is_written_the_british_way_with_a_24_hour_clock() {
        var osakaEvening = ZonedDateTime.of(2026, 12, 7, 18, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
        assertThat(Formats.date(LocalDate.of(2026, 12, 7), Locale.ENGLISH)).isEqualTo("7 Dec 2026");
        assertThat(Formats.time(osakaEvening, Locale.ENGLISH)).isEqualTo("18:00");
        assertThat(Formats.dayHeading(LocalDate.of(2026, 12, 7), Locale.ENGLISH)).isEqualTo("Monday, 7 December 2026");
        assertThat(Formats.dateTime(osakaEvening.toInstant(), ZoneId.of("Asia/Tokyo"), Locale.ENGLISH))
                .isEqualTo("7 Dec 2026, 18:00");
        for (var language : List.of(Locale.ENGLISH, SWEDISH, Locale.GERMAN, Locale.JAPANESE)) {
            assertThat(Formats.time(osakaEvening, language)).as("%s", language).isEqualTo("18:00");
        }
    }

    @Test
    void the_week_starts_on_monday_in_english_swedish_and_german_and_on_sunday_in_japanese() {
        assertThat(Formats.firstDayOfWeek(Locale.ENGLISH)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Formats.firstDayOfWeek(SWEDISH)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Formats.firstDayOfWeek(Locale.GERMAN)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Formats.firstDayOfWeek(Locale.JAPANESE)).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void countries_are_named_in_the_users_language() {
        assertThat(Formats.country("JP", SWEDISH)).isEqualTo("Japan");
        assertThat(Formats.country("SE", Locale.JAPANESE)).isEqualTo("スウェーデン");
    }
}
