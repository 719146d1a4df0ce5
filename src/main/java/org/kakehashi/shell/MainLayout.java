package org.kakehashi.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kakehashi.common.Translations;
import org.kakehashi.common.ui.NavigationBadge;
import org.kakehashi.security.AppUserPrincipal;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.UserService;
import org.kakehashi.security.ui.AccountSecurityView;

/**
 * The frame around every page after login: the navigation (only what the user may open), who is logged in
 * with which role, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final Select<Locale> language = new Select<>();
    final Button logout = new Button();
    private final Span viewTitle = new Span();

    private final Map<String, NavigationBadge> badges;
    private final Map<String, SideNavItem> itemsByPath = new HashMap<>();

    public MainLayout(CurrentUser currentUser, UserService userService, List<NavigationBadge> badges) {
        this.badges = badges.stream().collect(Collectors.toMap(NavigationBadge::path, badge -> badge));
        setPrimarySection(Section.DRAWER);
        var user = currentUser.require();

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("layout-view-title");
        addToNavbar(toggle, viewTitle);

        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            itemsByPath.put(entry.path().replaceFirst("^/", ""), item);
            navigation.addItem(item);
        });
        navigation.setLabel(getTranslation("layout.navigation"));
        addToDrawer(brand(), new Scroller(navigation), userPanel(user, userService, currentUser));
    }

    /** Counts change as users work, so they are read again at every navigation. */
    private void updateBadges() {
        badges.forEach((path, badge) -> {
            var item = itemsByPath.get(path);
            if (item != null) {
                long count = badge.count();
                var number = new Span(String.valueOf(count));
                number.getElement().getThemeList().add("badge pill small contrast");
                number.getElement().setAttribute("aria-label", getTranslation("layout.badge", count));
                item.setSuffixComponent(count > 0 ? number : null);
            }
        });
    }

    private static Component brand() {
        var name = new Span("架け橋 Kakehashi");
        name.addClassName("brand");
        return name;
    }

    private Component userPanel(AppUserPrincipal user, UserService userService, CurrentUser currentUser) {
        var avatar = new Avatar(user.displayName());
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var roles = new Span(user.roles().stream().sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", ")));
        roles.addClassName("user-roles");
        var who = new Div(name, roles);
        who.addClassName("user-who");
        var identity = new Div(avatar, who);
        identity.addClassName("user-identity");

        language.setLabel(getTranslation("layout.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                switchLanguage(change.getValue(), userService);
            }
        });

        logout.setText(getTranslation("layout.logout"));
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> currentUser.logout());

        var account = new RouterLink(getTranslation("account.title"), AccountSecurityView.class);
        account.addClassName("user-account-link");
        var panel = new Div(identity, language, account, logout);
        panel.addClassName("user-panel");
        return panel;
    }

    private void switchLanguage(Locale locale, UserService userService) {
        if (locale == null || locale.equals(getLocale())) {
            return;
        }
        userService.changeOwnLocale(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            // Rebuild the page and this layout, so every text is read again in the new language
            ui.refreshCurrentRoute(true);
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        updateBadges();
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
