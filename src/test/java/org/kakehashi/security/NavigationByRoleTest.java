package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kakehashi.UiTest;

class NavigationByRoleTest extends UiTest {

    @ParameterizedTest(name = "{0} lands on /{1} and sees: {2}")
    @CsvSource(delimiter = ';', value = {
        "admin;     users;     Dashboard, Members, Dues, Contacts, Delegations, Pipeline, Users; Administrator",
        "secretary; members;   Dashboard, Members, Dues, Contacts, Delegations, Pipeline;        Secretary",
        "officer;   pipeline;  Dashboard, Members, Dues, Contacts, Delegations, Pipeline;        Officer",
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
}
