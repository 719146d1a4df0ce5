package org.kakehashi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once, for the administrator to hand over; it is not stored anywhere in clear. */
class OneTimePasswordDialog extends Dialog {

    final Span password;

    OneTimePasswordDialog(String username, String oneTimePassword) {
        setHeaderTitle(getTranslation("accounts.one-time.title", username));
        password = new Span(oneTimePassword);
        password.addClassName("one-time-secret");
        add(new Paragraph(getTranslation("accounts.one-time.text", username)), password,
                new Paragraph(getTranslation("accounts.one-time.once")));
        var close = new Button(getTranslation("action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
        setMaxWidth("30rem");
    }
}
