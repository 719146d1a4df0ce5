package org.kakehashi.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.GrantedAuthority;

class LoginTest extends UiTest {

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Test
    void the_right_password_logs_the_secretary_in_with_her_role() throws Exception {
        var result = authenticate("secretary", InitialAccounts.DEMO_PASSWORD);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_SECRETARY")
                .doesNotContain("ROLE_ADMIN", "ROLE_OFFICER", "ROLE_BOARD");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_are_refused_alike() {
        assertThatThrownBy(() -> authenticate("secretary", "not-the-password"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        assertThatThrownBy(() -> authenticate("nobody-by-this-name", "not-the-password"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("members");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void after_a_failed_login_the_page_says_so_without_telling_whether_the_account_exists() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
    }

    private org.springframework.security.core.Authentication authenticate(String username, String password)
            throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
