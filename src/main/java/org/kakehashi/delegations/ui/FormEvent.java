package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** What a form or dialog tells its view: save this, delete that. The view then calls the service. */
abstract class FormEvent<C extends Component, T> extends ComponentEvent<C> {

    private final T value;

    FormEvent(C source, T value) {
        super(source, false);
        this.value = value;
    }

    T value() {
        return value;
    }
}
