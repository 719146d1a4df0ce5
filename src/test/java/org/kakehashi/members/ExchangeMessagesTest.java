package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.Translations;

/** The counted messages of the import, with their singular and plural, format in every language. */
class ExchangeMessagesTest {

    private final Translations translations = new Translations();

    @Test
    void the_counted_import_messages_read_right_in_singular_and_plural_in_every_language() {
        var keys = List.of("exchange.import.summary", "exchange.import.has-errors", "exchange.import.confirm.text",
                "exchange.import.done", "exchange.import.intro");
        for (var locale : Translations.LOCALES) {
            for (var key : keys) {
                for (var counts : List.of(new Object[] {1, 1, 1, 1}, new Object[] {50_000, 3, 0, 2})) {
                    assertThat(translations.getTranslation(key, locale, counts)).as("%s in %s", key, locale)
                            .doesNotContain("{", "}", "!");
                }
            }
        }
        assertThat(translations.getTranslation("exchange.import.summary", Translations.ENGLISH, 1, 1, 1, 0))
                .isEqualTo("1 row: 1 organisation with 1 contact person to import; none is likely in the register "
                        + "already.");
        assertThat(translations.getTranslation("exchange.import.summary", Translations.SWEDISH, 3, 2, 3, 1))
                .isEqualTo("3 rader: 2 organisationer med 3 kontaktpersoner att importera; 1 organisation finns "
                        + "troligen redan i registret.");
    }
}
