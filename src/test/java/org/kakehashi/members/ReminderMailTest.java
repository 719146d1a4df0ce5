package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/** The reminder job mails through a real SMTP server, running in the test's own process. */
@SpringBootTest
class ReminderMailTest {

    /** The day of the fixed clock, {@link ReminderFixtures#mondayMorning()}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    /** A free port, kept when a test stops and restarts the server. */
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @TestBean(methodName = "org.kakehashi.members.ReminderFixtures#mondayMorning")
    private Clock clock;

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void a_japanese_contact_is_reminded_of_the_renewal_by_mail_in_japanese() throws Exception {
        var membership = fixtures.member("Kobe Biomedical Partners", TODAY.minusYears(1).plusDays(20),
                TODAY.plusDays(20), "50000", "JPY");
        var contact = fixtures.primaryContact(membership, "Hanako", "Yamada", "ja", "hanako.yamada@kobe.example");
        contact.setNameJapanese("山田 花子");
        fixtures.save(contact);

        fixtures.runJob();

        var mail = theOnlyMailTo("hanako.yamada@kobe.example");
        assertThat(mail.getSubject()).isEqualTo("Kobe Biomedical Partners：会員資格更新のご案内（2026年4月5日）");
        assertThat(body(mail)).startsWith("山田 花子 様")
                .contains("2026年4月5日 までとなっております")
                .contains("50,000")
                .contains("事務局");
    }

    @Test
    void a_swedish_contact_is_reminded_in_swedish_with_the_fee_in_kronor() throws Exception {
        var membership = fixtures.member("Lunds Biotek AB", TODAY.minusYears(1).plusDays(30), TODAY.plusDays(30),
                "5000", "SEK");
        fixtures.primaryContact(membership, "Anna", "Lindqvist", "sv", "anna.lindqvist@lundsbiotek.example");

        fixtures.runJob();

        var mail = theOnlyMailTo("anna.lindqvist@lundsbiotek.example");
        assertThat(mail.getSubject()).isEqualTo("Lunds Biotek AB: medlemskapet förnyas den 15 april 2026");
        assertThat(body(mail)).startsWith("Hej Anna Lindqvist,")
                .contains("löper till och med 15 april 2026")
                .containsPattern("5\\h000,00\\hkr")
                .contains("Kansliet");
    }

    @Test
    void running_the_job_twice_mails_each_reminder_once_and_records_it_on_the_membership() throws Exception {
        var membership = fixtures.member("Halmstad Innovation Park", TODAY.minusYears(1), TODAY.plusDays(5),
                "5000", "SEK");
        fixtures.primaryContact(membership, "Erik", "Nilsson", "en", "erik.nilsson@halmstad.example");

        fixtures.runJob();
        fixtures.runJob();

        theOnlyMailTo("erik.nilsson@halmstad.example");
        var recorded = fixtures.remindersOf(membership);
        assertThat(recorded).singleElement().satisfies(reminder -> {
            assertThat(reminder.getKind()).isEqualTo(ReminderKind.RENEWAL);
            assertThat(reminder.getPeriodDate()).isEqualTo(TODAY.plusDays(5));
            assertThat(reminder.getDelivery()).isEqualTo(ReminderDelivery.SENT);
            assertThat(reminder.getRecipientEmail()).isEqualTo("erik.nilsson@halmstad.example");
            assertThat(reminder.getLanguage()).isEqualTo("en");
            assertThat(reminder.getSentAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void dues_unpaid_past_their_due_date_bring_an_overdue_reminder() throws Exception {
        var membership = fixtures.member("Rheinland Medizintechnik GmbH", LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 3, 1), "5000", "SEK");
        fixtures.pay(membership, 2025, "5000", LocalDate.of(2025, 2, 20));
        fixtures.primaryContact(membership, "Jonas", "Becker", "de", "jonas.becker@rheinland-medtech.example");
        assertThat(fixtures.reload(membership).getDuesStatus()).isEqualTo(DuesStatus.OVERDUE);

        fixtures.runJob();
        fixtures.runJob();

        var mail = theOnlyMailTo("jonas.becker@rheinland-medtech.example");
        assertThat(mail.getSubject())
                .isEqualTo("Rheinland Medizintechnik GmbH: Mitgliedsbeitrag seit dem 1. März 2026 überfällig");
        assertThat(body(mail)).startsWith("Guten Tag Jonas Becker,")
                .contains("am 1. März 2026 fällig")
                .contains("Die Geschäftsstelle");
        var recorded = fixtures.remindersOf(membership);
        assertThat(recorded).singleElement().satisfies(reminder -> {
            assertThat(reminder.getKind()).isEqualTo(ReminderKind.OVERDUE);
            assertThat(reminder.getPeriodDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        });
    }

    @Test
    void a_contact_whose_language_has_no_templates_is_written_to_in_english() throws Exception {
        var membership = fixtures.member("Lyon Sciences", TODAY.minusYears(1), TODAY.plusDays(10), "5000", "EUR");
        fixtures.primaryContact(membership, "Claire", "Martin", "fr", "claire.martin@lyon.example");

        fixtures.runJob();

        var mail = theOnlyMailTo("claire.martin@lyon.example");
        assertThat(mail.getSubject()).isEqualTo("Lyon Sciences: your membership is due for renewal on 26 March 2026");
        assertThat(body(mail)).startsWith("Dear Claire Martin,").contains("€5,000.00");
    }

    @Test
    void a_member_without_a_primary_contact_with_an_email_is_skipped_and_the_others_are_still_reminded() {
        var withoutEmail = fixtures.member("Toyohashi Sensors", TODAY.minusYears(1), TODAY.plusDays(3), "5000", "SEK");
        fixtures.primaryContact(withoutEmail, "Kenji", "Sato", "ja", null);
        fixtures.contact(withoutEmail, "Yuki", "Ito", "ja", "yuki.ito@toyohashi.example", false);
        var reachable = fixtures.member("Shonan Labs", TODAY.minusYears(1), TODAY.plusDays(3), "5000", "SEK");
        fixtures.primaryContact(reachable, "Aiko", "Tanaka", "ja", "aiko.tanaka@shonan.example");

        var outcome = fixtures.sendDueReminders();

        assertThat(outcome.skipped()).isPositive();
        assertThat(fixtures.remindersOf(withoutEmail)).isEmpty();
        assertThat(mailsTo("yuki.ito@toyohashi.example")).isEmpty();
        assertThat(mailsTo("aiko.tanaka@shonan.example")).hasSize(1);
    }

    @Test
    void a_reminder_the_mail_server_does_not_take_is_not_recorded_and_goes_out_on_the_next_run() throws Exception {
        var membership = fixtures.member("Göteborg Maritime Cluster", TODAY.minusYears(1), TODAY.plusDays(15), "5000",
                "SEK");
        fixtures.primaryContact(membership, "Olof", "Strand", "sv", "olof.strand@maritime.example");

        smtp.stop();
        ReminderService.Outcome whileDown;
        try {
            whileDown = fixtures.sendDueReminders();
        } finally {
            smtp.start();
        }

        assertThat(whileDown.failed()).isPositive();
        assertThat(whileDown.sent()).isZero();
        assertThat(fixtures.remindersOf(membership)).isEmpty();
        fixtures.runJob();
        assertThat(theOnlyMailTo("olof.strand@maritime.example").getSubject())
                .isEqualTo("Göteborg Maritime Cluster: medlemskapet förnyas den 31 mars 2026");
        assertThat(fixtures.remindersOf(membership)).singleElement()
                .extracting(MemberReminder::getDelivery).isEqualTo(ReminderDelivery.SENT);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage theOnlyMailTo(String address) {
        var mails = mailsTo(address);
        assertThat(mails).as("mails to %s", address).hasSize(1);
        return mails.getFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(recipient -> recipient.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage mail) throws IOException, jakarta.mail.MessagingException {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }
}
