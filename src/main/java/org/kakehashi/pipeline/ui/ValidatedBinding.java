package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.ValueProvider;

/**
 * Binds a field by method reference and checks it with the Jakarta constraints of the entity's property, so the
 * message shows at the field. (A binder only finds those constraints by itself for bindings made by property name.)
 */
final class ValidatedBinding {

    private ValidatedBinding() {
    }

    static <B, V> void bind(Binder<B> binder, Class<B> beanType, HasValue<?, V> field, String property,
            ValueProvider<B, V> getter, Setter<B, V> setter) {
        binder.forField(field).withValidator(new BeanValidator(beanType, property)).bind(getter, setter);
    }
}
