package org.kakehashi.bench.empty;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Its one view, at the same address as Kakehashi's login page, so both are timed by the same poll (open to all in
 * the stack's build, which has Spring Security).
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout {

    public LoginView() {
        add(new LoginForm());
    }
}
