package org.kakehashi.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kakehashi.security.ui.ChangePasswordView;
import org.kakehashi.security.ui.LoginView;
import org.springframework.stereotype.Component;

/** Each new page of a logged-in user speaks their language and, while a password must be changed, goes nowhere else. */
@Component
class UserSessionSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    UserSessionSetup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            var ui = uiInit.getUI();
            currentUser.get().ifPresent(user -> ui.setLocale(user.locale()));
            ui.addBeforeEnterListener(beforeEnter -> {
                var target = beforeEnter.getNavigationTarget();
                boolean mustChange = currentUser.get().map(AppUserPrincipal::mustChangePassword).orElse(false);
                if (mustChange && target != ChangePasswordView.class && target != LoginView.class) {
                    beforeEnter.rerouteTo(ChangePasswordView.class);
                }
            });
        });
    }
}
