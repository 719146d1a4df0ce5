package org.kakehashi.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.common.Translations;
import org.kakehashi.security.ui.LoginView;

/** A typed address that leads nowhere, or to a page the user may not open, shows a page of ours inside the menu. */
class MissingPageTest extends UiTest {

    // An address matching no route at all goes to the browser's router in Karibu (MissingPageIT opens one in Chromium);
    // an organisation that does not exist takes the same way to the not-found page on the server.
    @Test
    void an_address_with_no_page_shows_the_missing_page_in_the_menu_with_a_way_back() {
        login("secretary");

        UI.getCurrent().navigate("members/999999999");

        var page = _get(NotFoundView.class);
        assertThat(page.message.getText())
                .isEqualTo("There is no page at “members/999999999”, or it is not one you may open.");
        assertThat(_get(page, Anchor.class).getText()).isEqualTo("Back to the start page");
        assertThat(_get(page, Anchor.class).getHref()).isEmpty();
        assertThat(_get(MainLayout.class).navigation.getItems()).as("the menu is there").isNotEmpty();
    }

    @Test
    void a_page_the_user_may_not_open_shows_the_same_page_in_their_language() {
        login("board");
        UI.getCurrent().setLocale(Translations.JAPANESE);

        UI.getCurrent().navigate("users");

        var page = _get(AccessDeniedView.class);
        assertThat(page.message.getText()).isEqualTo("「users」というページはないか、開く権限のないページです。");
        assertThat(_get(page, Anchor.class).getText()).isEqualTo("トップページへ戻る");
        assertThat(_get(MainLayout.class).navigation.getItems()).isNotEmpty();
    }

    @Test
    void a_new_member_page_for_an_officer_who_may_not_add_members_is_missing_too() {
        login("officer");

        UI.getCurrent().navigate("members/new");

        assertThat(_get(NotFoundView.class).message.getText()).contains("members/new");
        assertThat(_get(MainLayout.class).navigation.getItems()).isNotEmpty();
    }

    @Test
    void a_visitor_not_logged_in_is_sent_to_the_login_instead() {
        UI.getCurrent().navigate("members/999999999");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(LoginView.PATH);
    }
}
