package org.kakehashi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.kakehashi.security.TwoFactorService;

/** Two-factor login on the account page: its state, the enrolment with a QR code, and the recovery codes. */
class TwoFactorPanel extends VerticalLayout {

    final TextField code = new TextField();
    final Button turnOn = new Button();
    final Button newCodes = new Button();
    final Button turnOff = new Button();
    ConfirmDialog confirmation;
    String secret;

    private final TwoFactorService twoFactor;
    private final boolean required;

    TwoFactorPanel(TwoFactorService twoFactor, boolean enrolled, boolean required) {
        this.twoFactor = twoFactor;
        this.required = required;
        setPadding(false);
        addClassName("account-section");
        if (enrolled) {
            showEnrolled();
        } else {
            showEnrolment();
        }
    }

    private void showEnrolled() {
        removeAll();
        add(new H3(getTranslation("two-factor.title")),
                new Paragraph(getTranslation("two-factor.on", twoFactor.remainingRecoveryCodes())));
        newCodes.setText(getTranslation("two-factor.new-codes"));
        newCodes.addClickListener(click -> confirm(getTranslation("two-factor.new-codes.confirm"),
                getTranslation("two-factor.new-codes"), () -> showRecoveryCodes(twoFactor.replaceRecoveryCodes())));
        turnOff.setText(getTranslation("two-factor.turn-off"));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.setVisible(!required);
        turnOff.addClickListener(click -> confirm(getTranslation("two-factor.turn-off.confirm"),
                getTranslation("two-factor.turn-off"), () -> {
                    twoFactor.turnOffOwn();
                    showEnrolment();
                }));
        add(new HorizontalLayout(newCodes, turnOff));
    }

    private void showEnrolment() {
        removeAll();
        TwoFactorService.Enrolment enrolment;
        try {
            enrolment = twoFactor.newEnrolment();
        } catch (TwoFactorService.TwoFactorException e) {
            // No key to keep the secret with: the operator must configure one (README)
            add(new H3(getTranslation("two-factor.title")), new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        secret = enrolment.secret();
        var qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(enrolment.qrCodeSvg().getBytes(StandardCharsets.UTF_8)),
                getTranslation("two-factor.qr.alt"));
        qr.addClassName("qr-code");
        var key = new Span(secret.replaceAll("(.{4})(?!$)", "$1 "));
        key.addClassName("one-time-secret");

        code.setLabel(getTranslation("two-factor.code"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setRequiredIndicatorVisible(true);
        code.setManualValidation(true);
        turnOn.setText(getTranslation("two-factor.turn-on"));
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickListener(click -> confirmEnrolment());
        var confirmRow = new HorizontalLayout(code, turnOn);
        confirmRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H3(getTranslation("two-factor.title")),
                new Paragraph(getTranslation("two-factor.off")),
                new Paragraph(getTranslation("two-factor.step.scan")), qr,
                new Paragraph(getTranslation("two-factor.step.key")), key,
                new Paragraph(getTranslation("two-factor.step.code")), confirmRow);
    }

    private void confirmEnrolment() {
        try {
            showRecoveryCodes(twoFactor.confirmEnrolment(secret, code.getValue()));
        } catch (TwoFactorService.TwoFactorException e) {
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
            code.focus();
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        var list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName("recovery-codes");
        var done = new Button(getTranslation("two-factor.codes.done"), click ->
                getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("two-factor.codes.title")),
                new Paragraph(getTranslation("two-factor.codes.text", codes.size())), list, done);
    }

    private void confirm(String text, String action, Runnable onConfirm) {
        confirmation = new ConfirmDialog();
        confirmation.setHeader(getTranslation("two-factor.title"));
        confirmation.setText(text);
        confirmation.setCancelable(true);
        confirmation.setCancelText(getTranslation("action.cancel"));
        confirmation.setConfirmText(action);
        confirmation.setConfirmButtonTheme("error primary");
        confirmation.addConfirmListener(confirmed -> onConfirm.run());
        confirmation.open();
    }
}
