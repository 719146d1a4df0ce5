package org.kakehashi.delegations.ui;

import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** Who may change the delegation calendar: the administrator, the secretary and the officers; the board reads. */
final class Planners {

    private Planners() {
    }

    static boolean canPlan(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SECRETARY) || user.hasRole(Roles.OFFICER);
    }
}
