package org.kakehashi.common.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/** Marks as required every field whose property must be given, @NotBlank text included (Vaadin's default skips it). */
public final class RequiredFields {

    private static final RequiredFieldConfigurator NOT_BLANK =
            (annotation, binding) -> annotation.annotationType().equals(NotBlank.class);

    private RequiredFields() {
    }

    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        var binder = new BeanValidationBinder<>(beanType);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(NOT_BLANK));
        return binder;
    }
}
