package org.kakehashi.security.ui;

import static org.springframework.data.domain.Sort.Order.asc;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Sort;

/** The administrator's list of user accounts. */
@Route(UserListView.PATH)
@Menu(title = "nav.users", order = 90, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "users";

    final Grid<AppUser> grid = new Grid<>();

    public UserListView(UserService userService) {
        setSizeFull();
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("users.username")).setKey("username")
                .setSortable(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("users.display-name"))
                .setKey("displayName").setSortable(true);
        grid.addColumn(user -> user.getRoles().stream().sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        grid.addColumn(user -> getTranslation(user.isEnabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addColumn(user -> getTranslation("language." + user.getLocale().getLanguage()))
                .setHeader(getTranslation("users.language"));
        grid.setItems(query -> userService
                .page(VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOrDefault(query)))
                .stream());
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("users.title")), grid);
    }

    private static Sort sortOrDefault(com.vaadin.flow.data.provider.Query<AppUser, Void> query) {
        var sort = VaadinSpringDataHelpers.toSpringDataSort(query);
        return sort.isSorted() ? sort : Sort.by(asc("username"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
