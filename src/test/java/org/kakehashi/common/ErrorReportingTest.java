package org.kakehashi.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.UiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@ExtendWith(OutputCaptureExtension.class)
class ErrorReportingTest extends UiTest {

    private static final Pattern REFERENCE = Pattern.compile("reference to your administrator: ([A-Z0-9]{8})");

    @Autowired
    private ErrorReporting errorReporting;

    @Test
    void an_unexpected_error_shows_a_friendly_message_whose_reference_leads_to_the_stack_trace_in_the_log(
            CapturedOutput output) {
        errorReporting.error(new ErrorEvent(new IllegalStateException("disk on fire")));

        var shown = notificationText();
        var reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as("the message gives a reference: %s", shown).isTrue();
        assertThat(shown).doesNotContain("disk on fire");
        assertThat(output.getOut()).contains("Unexpected error, reference " + reference.group(1))
                .contains("java.lang.IllegalStateException: disk on fire");
    }

    @Test
    void a_concurrent_change_is_explained_as_such() {
        errorReporting.error(new ErrorEvent(new ObjectOptimisticLockingFailureException("Organisation", 42L)));

        assertThat(notificationText()).startsWith("Someone else changed this record while you were editing it.");
    }

    private static String notificationText() {
        var notifications = NotificationsKt.getNotifications();
        assertThat(notifications).hasSize(1);
        return com.github.mvysny.kaributools.NotificationsKt.getText(notifications.getFirst());
    }
}
