package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.common.Translations;

class ReminderTemplatesTest {

    private final ReminderTemplates templates = new ReminderTemplates(new Translations());

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = ';', value = {
        "en; RENEWAL; EUR; Dear Karl Weber,;           Mainz Bio GmbH: your membership is due for renewal on 30 April 2027",
        "sv; RENEWAL; SEK; Hej Karl Weber,;            Mainz Bio GmbH: medlemskapet förnyas den 30 april 2027",
        "de; RENEWAL; EUR; Guten Tag Karl Weber,;      Mainz Bio GmbH: Verlängerung der Mitgliedschaft zum 30. April 2027",
        "ja; RENEWAL; JPY; Weber Karl 様;              Mainz Bio GmbH：会員資格更新のご案内（2027年4月30日）",
        "en; OVERDUE; EUR; Dear Karl Weber,;           Mainz Bio GmbH: membership dues overdue since 30 April 2027",
        "sv; OVERDUE; SEK; Hej Karl Weber,;            Mainz Bio GmbH: medlemsavgiften förföll den 30 april 2027",
        "de; OVERDUE; EUR; Guten Tag Karl Weber,;      Mainz Bio GmbH: Mitgliedsbeitrag seit dem 30. April 2027 überfällig",
        "ja; OVERDUE; JPY; Weber Karl 様;              Mainz Bio GmbH：年会費お支払いのお願い（期限 2027年4月30日）",
        "pt; RENEWAL; EUR; Dear Karl Weber,;           Mainz Bio GmbH: your membership is due for renewal on 30 April 2027",
    })
    void every_language_has_both_templates_with_every_placeholder_filled(String language, ReminderKind kind,
            String currency, String salutation, String subject) {
        var contact = new ContactPerson();
        contact.setGivenName("Karl");
        contact.setFamilyName("Weber");
        contact.setEmail("karl.weber@mainzbio.example");
        contact.setPreferredLanguage(language);

        var mail = templates.write(kind, contact, "Mainz Bio GmbH", LocalDate.of(2027, 4, 30),
                new BigDecimal("12000"), currency);

        assertThat(mail.recipientEmail()).isEqualTo("karl.weber@mainzbio.example");
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.body()).startsWith(salutation).contains("Mainz Bio GmbH").contains("12")
                .doesNotContain("{", "}", "!reminder");
        assertThat(mail.subject().length()).isLessThanOrEqualTo(MemberReminder.SUBJECT_MAX);
        assertThat(mail.body().length()).isLessThanOrEqualTo(MemberReminder.BODY_MAX);
    }
}
