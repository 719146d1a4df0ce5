package org.kakehashi.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * A binding made by method reference that still checks the Jakarta constraints of the entity's property, so their
 * messages show at the field. (A binder finds those constraints by itself only for bindings made by property name.)
 */
public final class EntityConstraints {

    private EntityConstraints() {
    }

    public static <B, V> Binder.BindingBuilder<B, V> checked(Binder<B> binder, Class<B> beanType,
            HasValue<?, V> field, String property) {
        return binder.forField(field).withValidator(new BeanValidator(beanType, property));
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
