package org.kakehashi.pipeline.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.PlannedPage;
import org.kakehashi.security.Roles;

/** The outreach pipeline: the officer's landing page. */
@Route(LeadBoardView.PATH)
@Menu(title = "nav.pipeline", order = 40, icon = "vaadin:funnel")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadBoardView extends PlannedPage {

    public static final String PATH = "pipeline";

    public LeadBoardView() {
        super("pipeline.title", "pipeline.planned.intro", "pipeline.planned.board",
                "pipeline.planned.activities", "pipeline.planned.history");
    }
}
