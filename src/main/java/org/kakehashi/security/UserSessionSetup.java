package org.kakehashi.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kakehashi.security.ui.ChangePasswordView;
import org.kakehashi.security.ui.LoginView;
import org.kakehashi.security.ui.SecondFactorView;
import org.kakehashi.security.ui.AccountSecurityView;
import org.springframework.stereotype.Component;

/**
 * Each new page of a logged-in user speaks their language, and a login that is not complete goes nowhere else
 * until it is: first the one-time code, then a new password after a one-time one, then, for a role that requires
 * it, the enrolment in two-factor login.
 */
@Component
class UserSessionSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final TwoFactorService twoFactor;

    UserSessionSetup(CurrentUser currentUser, TwoFactorService twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            var ui = uiInit.getUI();
            currentUser.get().ifPresent(user -> ui.setLocale(user.locale()));
            ui.addBeforeEnterListener(beforeEnter -> {
                var target = beforeEnter.getNavigationTarget();
                var user = currentUser.get();
                if (user.isEmpty() || target == LoginView.class) {
                    return;
                }
                Class<?> required = null;
                if (currentUser.secondFactorPending()) {
                    required = SecondFactorView.class;
                } else if (user.get().mustChangePassword()) {
                    required = ChangePasswordView.class;
                } else if (!user.get().twoFactorEnabled() && twoFactor.isRequiredFor(user.get())) {
                    required = AccountSecurityView.class;
                }
                if (required != null && target != required) {
                    beforeEnter.forwardTo(required.asSubclass(com.vaadin.flow.component.Component.class));
                }
            });
        });
    }
}
