package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Walks every route as every role and as an anonymous visitor, against the role table of DESIGN.md. */
class RouteAccessMatrixTest extends UiTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERY_ROLE = Set.of(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD);

    /** Who may open each route; a route missing here fails the test, so a new view must be added to it. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", EVERY_ROLE),
            Map.entry("login", Set.of(ANONYMOUS, Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD)),
            Map.entry("password", EVERY_ROLE),
            Map.entry("account", EVERY_ROLE),
            // Only a login waiting for its one-time code stays there (TwoFactorLoginTest); anyone else is sent on
            Map.entry("login/code", Set.of()),
            Map.entry("dashboard", EVERY_ROLE),
            Map.entry("members", EVERY_ROLE),
            Map.entry("members/:id", EVERY_ROLE),
            Map.entry("members/dues", EVERY_ROLE),
            Map.entry("members/types", EVERY_ROLE),
            Map.entry("members/contacts", EVERY_ROLE),
            Map.entry("members/reminders", Set.of(Roles.ADMIN, Roles.SECRETARY)),
            Map.entry("members/privacy-review", Set.of(Roles.ADMIN, Roles.SECRETARY)),
            Map.entry("members/exchange", EVERY_ROLE),
            Map.entry("delegations", EVERY_ROLE),
            Map.entry("delegations/:id", EVERY_ROLE),
            Map.entry("delegations/calendar", EVERY_ROLE),
            Map.entry("delegations/:id/print", EVERY_ROLE),
            Map.entry("pipeline", EVERY_ROLE),
            Map.entry("pipeline/leads", EVERY_ROLE),
            Map.entry("pipeline/activities", EVERY_ROLE),
            Map.entry("pipeline/leads/:id", EVERY_ROLE),
            Map.entry("pipeline/follow-ups", Set.of(Roles.ADMIN, Roles.OFFICER)),
            Map.entry("users", Set.of(Roles.ADMIN)),
            Map.entry("backup", Set.of(Roles.ADMIN)));

    @Autowired
    private OrganisationService organisations;

    private static final Map<String, String> DEMO_USER_BY_ROLE = Map.of(
            Roles.ADMIN, "admin", Roles.SECRETARY, "secretary", Roles.OFFICER, "officer", Roles.BOARD, "board");

    @Test
    void every_route_opens_exactly_for_the_roles_that_may_open_it() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .toList();
        assertThat(ALLOWED.keySet()).as("the access table covers every route").containsExactlyInAnyOrderElementsOf(routes);

        var differences = new ArrayList<String>();
        for (var visitor : List.of(ANONYMOUS, Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD)) {
            if (visitor.equals(ANONYMOUS)) {
                logout();
            } else {
                login(DEMO_USER_BY_ROLE.get(visitor));
            }
            for (var route : routes) {
                boolean expected = ALLOWED.get(route).contains(visitor);
                boolean opened = opens(samplePath(route));
                if (expected != opened) {
                    differences.add(visitor + " " + (opened ? "opened" : "was refused") + " /" + route);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    /** The route with a real value for its parameter, such as the id of an organisation of the demo register. */
    private String samplePath(String route) {
        if (route.equals("members/:id")) {
            var anyOrganisation = new AtomicLong();
            SystemAccess.run(() -> anyOrganisation.set(
                    organisations.page(OrganisationFilter.all(), Pageable.ofSize(1)).getContent().getFirst().getId()));
            return "members/" + anyOrganisation.get();
        }
        return route;
    }

    /** True when the page of the route (or, for the home route, a page other than the login) is shown. */
    private static boolean opens(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException denied) {
            return false;
        }
        var shownPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (path.isEmpty()) {
            return !shownPath.equals(LoginView.PATH);
        }
        return shownPath.equals(path);
    }
}
