package org.kakehashi.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * The Jakarta constraints of an entity's property, for a field that no binder binds to it: a binder checks them by
 * itself for its bindings made by property name.
 */
public final class EntityConstraints {

    private EntityConstraints() {
    }

    /**
     * Checks a field that is not bound to a bean (a quick "add" row) against the constraints of the entity's
     * property, and shows the message at the field. True when the value may be saved.
     */
    public static <F extends Component & HasValue<?, ?> & HasValidation> boolean check(F field, Class<?> beanType,
            String property, Object value) {
        var result = new BeanValidator(beanType, property).apply(value, new ValueContext(field, field));
        field.setInvalid(result.isError());
        field.setErrorMessage(result.isError() ? result.getErrorMessage() : null);
        return !result.isError();
    }
}
