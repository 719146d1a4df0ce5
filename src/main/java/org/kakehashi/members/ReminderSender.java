package org.kakehashi.members;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Mails a written reminder through the SMTP server of {@code spring.mail.*}, when one is configured. */
@Component
class ReminderSender {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean mailHostConfigured;
    private final String from;
    private final Counter mailsSent;
    private final Counter mailsFailed;

    ReminderSender(ObjectProvider<JavaMailSender> mailSender,
            @Value("${kakehashi.members.reminders.from:kakehashi@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost, MeterRegistry meters) {
        this.mailSender = mailSender;
        this.mailHostConfigured = !mailHost.isBlank();
        this.from = from;
        this.mailsSent = mailCounter(meters, "sent");
        this.mailsFailed = mailCounter(meters, "failed");
    }

    private static Counter mailCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("kakehashi.mails").description("Reminder mails handed to the SMTP server")
                .tag("outcome", outcome).register(meters);
    }

    /** True when an SMTP server is configured, so reminders are mailed rather than kept in the outbox. */
    boolean mailsReminders() {
        return configuredMailSender() != null;
    }

    /**
     * The mail sender when {@code spring.mail.host} is set, else null. The host is checked here at run time: the jar's
     * ahead-of-time processed context (see pom.xml) always holds Spring Boot's mail sender, whose condition on the
     * host was decided when the jar was built.
     */
    private JavaMailSender configuredMailSender() {
        return mailHostConfigured ? mailSender.getIfAvailable() : null;
    }

    /** Mails the reminder; does nothing when no SMTP server is configured. */
    void send(ReminderTemplates.Mail mail) {
        var sender = configuredMailSender();
        if (sender == null) {
            return;
        }
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipientEmail());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        try {
            sender.send(message);
        } catch (RuntimeException e) {
            mailsFailed.increment();
            throw e;
        }
        mailsSent.increment();
    }
}
