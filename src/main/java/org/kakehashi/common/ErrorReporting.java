package org.kakehashi.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.security.SecureRandom;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something fails unexpectedly: a plain message with a short reference, while the
 * log gets the stack trace under the same reference, so support can find one from the other.
 */
@Component
public class ErrorReporting implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Translations translations;

    ErrorReporting(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var ui = UI.getCurrent();
        var locale = ui != null ? ui.getLocale() : Locale.ENGLISH;
        String message = switch (rootCauseOfInterest(event.getThrowable())) {
            case OptimisticLockingFailureException conflict -> {
                log.info("Concurrent change refused: {}", conflict.getMessage());
                yield translations.getTranslation("error.conflict", locale);
            }
            case AccessDeniedException denied -> {
                log.warn("Access denied: {}", denied.getMessage());
                yield translations.getTranslation("error.access-denied", locale);
            }
            default -> translations.getTranslation("error.unexpected", locale, report(event.getThrowable()));
        };
        if (ui != null) {
            var notification = new Notification(message, 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.open();
        }
    }

    /** Logs the failure with its stack trace under a new reference, and gives the reference to show the user. */
    public static String report(Throwable failure) {
        var reference = newReference();
        log.error("Unexpected error, reference {}", reference, failure);
        return reference;
    }

    static String newReference() {
        var reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }

    private static Throwable rootCauseOfInterest(Throwable throwable) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException || cause instanceof AccessDeniedException) {
                return cause;
            }
        }
        return throwable;
    }
}
