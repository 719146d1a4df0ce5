package org.kakehashi.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A text pasted into a field arrives whole, and a text over the field's limit is refused at the field with how
 * long it was, so nothing is saved cut off. (A maxlength in the browser would cut the paste without a word.)
 */
public final class TextLimits {

    public static final String TEN_THOUSAND = "x".repeat(10_000);
    private static final String TOO_LONG = "At most \\d[\\d,]* characters \\(you entered 10,000\\)\\.";

    private TextLimits() {
    }

    /**
     * Pastes 10,000 characters into every text field under the form, saves, and checks each field: no limit in the
     * browser, and "At most n characters (you entered 10,000)." Fields whose format is checked too (a currency
     * code) may say that instead, but must refuse it. Returns the fields it tried, for the caller's own checks.
     */
    @SafeVarargs
    public static List<Component> assertEveryTextFieldRefusesTooLongText(Component form,
            BiConsumer<HasValue<?, String>, String> userSets, Runnable save, HasValue<?, String>... formatChecked) {
        var fields = textFields(form);
        assertThat(fields).as("text fields in %s", form).isNotEmpty();
        for (var field : fields) {
            assertThat(field.getElement().getProperty("maxlength")).as("maxlength of %s", label(field)).isNull();
            @SuppressWarnings("unchecked")
            var text = (HasValue<?, String>) field;
            userSets.accept(text, field instanceof EmailField ? TEN_THOUSAND.substring(12) + "@example.org" : TEN_THOUSAND);
        }
        save.run();

        var mayNameFormat = Set.of(formatChecked);
        var wrong = new ArrayList<String>();
        for (var field : fields) {
            var validation = (HasValidation) field;
            var message = validation.getErrorMessage() == null ? "" : validation.getErrorMessage();
            boolean says = validation.isInvalid() && (message.matches(TOO_LONG)
                    || (mayNameFormat.contains(field) || field instanceof EmailField) && !message.isBlank());
            if (!says) {
                wrong.add(label(field) + ": " + (validation.isInvalid() ? message : "not refused"));
            }
        }
        assertThat(wrong).as("fields that do not refuse 10,000 characters with their limit").isEmpty();
        return fields;
    }

    private static List<Component> textFields(Component form) {
        return Stream.of(TextField.class, TextArea.class, EmailField.class, PasswordField.class)
                .flatMap(type -> _find(form, type).stream())
                .map(Component.class::cast)
                .filter(field -> field.getElement().isEnabled() && !((HasValue<?, ?>) field).isReadOnly())
                .toList();
    }

    private static String label(Component field) {
        var label = field.getElement().getProperty("label");
        return label == null ? field.getClass().getSimpleName() : label;
    }
}
