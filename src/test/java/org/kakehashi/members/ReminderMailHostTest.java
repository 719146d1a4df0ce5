package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
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

    private static ReminderSender senderWithMailSenderAndHost(String host) {
        var beans = new StaticListableBeanFactory(Map.of("mailSender", new JavaMailSenderImpl()));
        return new ReminderSender(beans.getBeanProvider(JavaMailSender.class), "kakehashi@localhost", host,
                new SimpleMeterRegistry());
    }
}
