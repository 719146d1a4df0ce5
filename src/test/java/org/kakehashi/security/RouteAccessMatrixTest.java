package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.shell.AccessDeniedView;
import org.kakehashi.shell.NotFoundView;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.pipeline.LeadLinkService;
import org.kakehashi.pipeline.LeadLinks;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.PipelineTestData;
import org.kakehashi.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Autowired
    private DelegationService delegations;

    @Autowired
    private LeadService leads;

    @Autowired
    private LeadLinkService leadLinks;

    private static final Map<String, String> DEMO_USER_BY_ROLE = Map.of(
            Roles.ADMIN, "admin", Roles.SECRETARY, "secretary", Roles.OFFICER, "officer", Roles.BOARD, "board");

    @Test
    void every_route_opens_exactly_for_the_roles_that_may_open_it() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .toList();
        assertThat(ALLOWED.keySet()).as("the access table covers every route").containsExactlyInAnyOrderElementsOf(routes);
        var records = recordsOfTheTest();
        assertThat(routes).filteredOn(route -> route.contains(":"))
                .as("every route with a parameter opens a record of the test").allMatch(records::containsKey);

        var differences = new ArrayList<String>();
        for (var visitor : List.of(ANONYMOUS, Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD)) {
            if (visitor.equals(ANONYMOUS)) {
                logout();
            } else {
                login(DEMO_USER_BY_ROLE.get(visitor));
            }
            for (var route : routes) {
                boolean expected = ALLOWED.get(route).contains(visitor);
                var record = records.get(route);
                boolean opened = opens(record == null ? route : route.replace(":id", String.valueOf(record.id())));
                if (expected != opened) {
                    differences.add(visitor + " " + (opened ? "opened" : "was refused") + " /" + route);
                } else if (opened && record != null && !shows(record.name())) {
                    differences.add(visitor + " opened /" + route + " without showing " + record.name());
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    private record Sample(long id, String name) {
    }

    /** For each route with an id, a record made here (never one of the demo register), with what its page shows. */
    private Map<String, Sample> recordsOfTheTest() {
        login("admin");
        var organisation = new Organisation();
        organisation.setName("Route matrix organisation " + System.nanoTime());
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Lund");
        organisation = organisations.save(organisation);
        var delegation = delegations.save(Fixtures.delegation("Route matrix delegation " + System.nanoTime(),
                DelegationDirection.INBOUND, "Lund", "Osaka", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3)));
        var lead = PipelineTestData.lead("Route matrix lead " + System.nanoTime(), null);
        lead = leads.save(lead, new LeadLinks(leadLinks.possibleOwners().getFirst(), null, null, null));
        var delegationSample = new Sample(delegation.getId(), delegation.getTitle());
        return Map.of(
                "members/:id", new Sample(organisation.getId(), organisation.getName()),
                "delegations/:id", delegationSample,
                "delegations/:id/print", delegationSample,
                "pipeline/leads/:id", new Sample(lead.getId(), lead.getCompanyName()));
    }

    /** Whether the page shown is titled with the record's name, rather than saying it was not found. */
    private static boolean shows(String name) {
        var view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        return view instanceof HasDynamicTitle titled && titled.getPageTitle().contains(name);
    }

    /**
     * True when the page of the route (or, for the home route, a page other than the login) is shown. A refused
     * page shows the missing page in its place (as a missing one does), under the same address.
     */
    private static boolean opens(String path) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException denied) {
            return false;
        }
        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (shown instanceof AccessDeniedView || shown instanceof NotFoundView) {
            return false;
        }
        var shownPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (path.isEmpty()) {
            return !shownPath.equals(LoginView.PATH);
        }
        return shownPath.equals(path);
    }
}
