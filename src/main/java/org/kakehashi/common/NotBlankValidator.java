package org.kakehashi.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * @NotBlank as our users mean it: a text of spaces of any kind is blank, the ideographic space of Japanese input
 * and the no-break space included. Hibernate Validator's own check trims only ASCII spaces, so "　" passed it and
 * then failed in the database. Put in place of that check by META-INF/constraints.xml.
 */
public class NotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text != null && !SearchText.isBlank(text.toString());
    }
}
