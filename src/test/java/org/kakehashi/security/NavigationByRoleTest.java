package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.UiTest;
import org.kakehashi.pipeline.LeadBoardService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.PipelineTestData;
import org.springframework.beans.factory.annotation.Autowired;

class NavigationByRoleTest extends UiTest {

    @Autowired
    private LeadService leads;

    @Autowired
    private LeadBoardService board;

    @Autowired
    private UserService users;

    @ParameterizedTest(name = "{0} lands on /{1} and sees: {2}")
    @CsvSource(delimiter = ';', value = {
        "admin;     users;     Dashboard, Members, Dues, Contacts, Delegations, Pipeline, My follow-ups, Users, Backup; Administrator",
        "secretary; members;   Dashboard, Members, Dues, Contacts, Delegations, Pipeline;        Secretary",
        "officer;   pipeline;  Dashboard, Members, Dues, Contacts, Delegations, Pipeline, My follow-ups; Officer",
        "board;     dashboard; Dashboard, Members, Dues, Contacts, Delegations, Pipeline;        Board member",
    })
    void each_role_lands_on_its_own_page_and_sees_only_its_navigation(String username, String landingPath,
            String expectedNavigation, String roleLabel) {
        var user = login(username);

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(landingPath);
        var navigation = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(navigation).containsExactly(expectedNavigation.split(", "));
        assertThat(_find(Span.class, spec -> spec.withClasses("user-name")))
                .singleElement().extracting(Span::getText).isEqualTo(user.displayName());
        assertThat(_find(Span.class, spec -> spec.withClasses("user-roles")))
                .singleElement().extracting(Span::getText).isEqualTo(roleLabel);
    }

    @Test
    void the_officer_sees_how_many_follow_ups_wait_beside_the_entry() {
        login("officer");
        var officer = users.activeUsersWithRole(Roles.OFFICER).stream()
                .filter(user -> user.getUsername().equals("officer")).findFirst().orElseThrow();
        var lead = PipelineTestData.lead("Follow-up Waiting K.K.", officer);
        lead.setNextAction("Call about the site visit");
        lead.setNextActionDue(LocalDate.now());
        leads.save(lead);
        UI.getCurrent().navigate("pipeline");

        long waiting = board.myFollowUpCount();
        assertThat(waiting).as("the officer's lead waits for its next action").isPositive();
        var entry = _get(SideNav.class).getItems().stream()
                .filter(item -> item.getLabel().equals("My follow-ups")).findFirst().orElseThrow();
        assertThat(((Span) entry.getSuffixComponent()).getText()).isEqualTo(String.valueOf(waiting));
    }
}
