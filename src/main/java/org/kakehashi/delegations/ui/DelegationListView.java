package org.kakehashi.delegations.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.PlannedPage;
import org.kakehashi.security.Roles;

/** The delegation calendar. */
@Route(DelegationListView.PATH)
@Menu(title = "nav.delegations", order = 30, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationListView extends PlannedPage {

    public static final String PATH = "delegations";

    public DelegationListView() {
        super("delegations.title", "delegations.planned.intro", "delegations.planned.calendar",
                "delegations.planned.programme", "delegations.planned.ical");
    }
}
