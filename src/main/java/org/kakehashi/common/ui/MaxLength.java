package org.kakehashi.common.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The longest text a field takes, and the message it shows when more arrives. A browser stops typing and pasting
 * at the limit; a longer value can only come from a crafted request, and the field then says why it is refused
 * instead of turning red without a word.
 */
public final class MaxLength {

    private MaxLength() {
    }

    public static void set(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(message(max)));
    }

    public static void set(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(message(max)));
    }

    public static void set(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new EmailField.EmailFieldI18n().setMaxLengthErrorMessage(message(max)));
    }

    private static String message(int max) {
        return I18NProvider.translate("validation.max-length", max);
    }
}
