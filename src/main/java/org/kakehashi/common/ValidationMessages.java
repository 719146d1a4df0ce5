package org.kakehashi.common;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation messages ("{validation.required}") come from the same bundles as every other text, in the
 * user's language: Vaadin's binder hands the UI's locale to this interpolator. Named in META-INF/validation.xml.
 */
public class ValidationMessages extends ResourceBundleMessageInterpolator {

    static final String TOO_LONG = "{validation.too-long}";
    private static final Translations TEXTS = new Translations();

    public ValidationMessages() {
        super(Translations::resourceBundle);
    }

    /**
     * A text over its limit says how long it was as well, in the locale's digits ("you entered 10,000"): a pasted
     * text is then seen to be the wrong one, rather than cut to fit without a word.
     */
    @Override
    public String interpolate(String message, Context context, Locale locale) {
        if (TOO_LONG.equals(message) && context.getValidatedValue() instanceof CharSequence text
                && context.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            return TEXTS.getTranslation("validation.too-long", locale, size.max(), text.length());
        }
        return super.interpolate(message, context, locale);
    }

    @Override
    public String interpolate(String message, Context context) {
        return interpolate(message, context, Locale.getDefault());
    }
}
