package org.kakehashi.common;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation messages ("{validation.required}") come from the same bundles as every other text, in the
 * user's language: Vaadin's binder hands the UI's locale to this interpolator. Named in META-INF/validation.xml.
 */
public class ValidationMessages extends ResourceBundleMessageInterpolator {

    public ValidationMessages() {
        super(Translations::resourceBundle);
    }
}
