package org.kakehashi.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.UiTest;
import org.kakehashi.common.ErrorReporting;
import org.kakehashi.common.ui.UnexpectedErrorView;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A forced failure shows a plain message with a reference that leads to the stack trace in the log. */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorPageTest extends UiTest {

    private static final Pattern REFERENCE = Pattern.compile("reference to your administrator: ([A-Z0-9]{8})");

    /** A page that fails as it opens, registered for this test's session only. */
    @PermitAll
    public static class FailingPage extends Div {
        public FailingPage() {
            throw new IllegalStateException("select * from organisation: disk on fire");
        }
    }

    @Test
    void a_page_that_fails_to_open_shows_a_reference_and_no_stack_trace_and_the_log_has_both(CapturedOutput output) {
        login("secretary");
        RouteConfiguration.forSessionScope().setRoute("failing-for-this-test", FailingPage.class);

        UI.getCurrent().navigate("failing-for-this-test");

        var shown = _get(UnexpectedErrorView.class).getElement().getTextRecursively();
        var reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as("the page gives a reference: %s", shown).isTrue();
        assertThat(shown).doesNotContain("disk on fire", "select", "Exception", "at org.");
        assertThat(output.getOut()).contains("Unexpected error, reference " + reference.group(1))
                .contains("java.lang.IllegalStateException: select * from organisation: disk on fire");
    }

    @Test
    void every_session_reports_failures_of_its_actions_through_the_reporting_with_a_reference() {
        login("secretary");

        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ErrorReporting.class);
    }
}
