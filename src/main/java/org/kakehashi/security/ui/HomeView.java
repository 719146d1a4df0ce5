package org.kakehashi.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** The address after login: sends each role on to its own page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private static final Map<String, String> LANDING_PAGE_BY_ROLE = Map.of(
            Roles.ADMIN, UserListView.PATH,
            Roles.SECRETARY, "members",
            Roles.OFFICER, "pipeline",
            Roles.BOARD, "dashboard");

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.landingRole()
                .map(LANDING_PAGE_BY_ROLE::get)
                .ifPresentOrElse(event::forwardTo, () -> event.forwardTo(LoginView.class));
    }
}
