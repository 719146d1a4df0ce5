package org.kakehashi.members.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.PlannedPage;
import org.kakehashi.security.Roles;

/** The member register: the secretary's landing page. */
@Route(MemberListView.PATH)
@Menu(title = "nav.members", order = 20, icon = "vaadin:building")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MemberListView extends PlannedPage {

    public static final String PATH = "members";

    public MemberListView() {
        super("members.title", "members.planned.intro", "members.planned.organisations",
                "members.planned.dues", "members.planned.import-export");
    }
}
