package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Whether reminders are mailed follows {@code spring.mail.host} as the application runs, even when a mail sender
 * exists without it: the ahead-of-time processed jar always has one (see pom.xml).
 */
class ReminderMailHostTest {

    @Test
    void a_mail_sender_without_a_host_leaves_the_reminders_in_the_outbox() {
        assertThat(senderWithMailSenderAndHost("").mailsReminders()).isFalse();
    }

    @Test
    void a_mail_sender_with_a_host_mails_the_reminders() {
        assertThat(senderWithMailSenderAndHost("smtp.example.org").mailsReminders()).isTrue();
    }

    @Test
    void mails_handed_to_the_server_and_mails_it_refused_are_counted() {
        var meters = new SimpleMeterRegistry();
        var accepting = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
            }
        };
        var refusing = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                throw new MailSendException("the server said no");
            }
        };
        var mail = new ReminderTemplates.Mail("Aiko", "aiko@example.org", Locale.ENGLISH, "Renewal", "Due soon");

        senderOver(accepting, meters).send(mail);
        senderOver(accepting, meters).send(mail);
        assertThatThrownBy(() -> senderOver(refusing, meters).send(mail)).isInstanceOf(MailSendException.class);

        assertThat(meters.get("kakehashi.mails").tag("outcome", "sent").counter().count()).isEqualTo(2);
        assertThat(meters.get("kakehashi.mails").tag("outcome", "failed").counter().count()).isEqualTo(1);
    }

    private static ReminderSender senderOver(JavaMailSender mailSender, SimpleMeterRegistry meters) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", mailSender));
        return new ReminderSender(beans.getBeanProvider(JavaMailSender.class), "kakehashi@localhost",
                "smtp.example.org", meters);
    }

    private static ReminderSender senderWithMailSenderAndHost(String host) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", new JavaMailSenderImpl()));
        return new ReminderSender(beans.getBeanProvider(JavaMailSender.class), "kakehashi@localhost", host,
                new SimpleMeterRegistry());
    }
}
