package org.kakehashi.bench.empty;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** Its one view, at the same address as Kakehashi's login page, so both are timed by the same poll. */
@Route("login")
public class LoginView extends VerticalLayout {

    public LoginView() {
        add(new LoginForm());
    }
}
