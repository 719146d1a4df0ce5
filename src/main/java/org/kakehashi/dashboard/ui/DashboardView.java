package org.kakehashi.dashboard.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.PlannedPage;
import org.kakehashi.security.Roles;

/** Key figures for the board: the board's landing page. */
@Route(DashboardView.PATH)
@Menu(title = "nav.dashboard", order = 10, icon = "vaadin:dashboard")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DashboardView extends PlannedPage {

    public static final String PATH = "dashboard";

    public DashboardView() {
        super("dashboard.title", "dashboard.planned.intro", "dashboard.planned.figures",
                "dashboard.planned.charts", "dashboard.planned.pdf");
    }
}
