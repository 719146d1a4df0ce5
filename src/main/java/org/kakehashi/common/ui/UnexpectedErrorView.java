package org.kakehashi.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.kakehashi.common.ErrorReporting;

/**
 * The page shown when opening a page fails unexpectedly, in place of Vaadin's own, which names the exception:
 * a plain message with the reference under which the log keeps the stack trace. A page that does not exist and
 * a page the user may not open keep their own, more specific handling.
 */
@PermitAll
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    final Paragraph message = new Paragraph();

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorReporting.report(parameter.getCaughtException());
        message.setText(getTranslation("error.unexpected", reference));
        removeAll();
        add(new H2(getTranslation("error.page.title")), message, new Anchor("", getTranslation("error.page.home")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
