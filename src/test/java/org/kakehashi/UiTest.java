package org.kakehashi;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.kakehashi.security.AppUserPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests on the real Spring context: every page is opened as a user would open it, with the
 * access checks of the real application.
 */
@SpringBootTest
public abstract class UiTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.kakehashi");
        }
    }

    @BeforeEach
    void openBrowserlessSession() {
        startSession();
    }

    @AfterEach
    void closeBrowserlessSession() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs in as a user of the database, as the login form would, and opens a fresh page for them. */
    protected AppUserPrincipal login(String username) {
        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        var context = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(context);
        // A login starts a new page, as after the redirect from the login form
        MockVaadin.tearDown();
        startSession();
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> principal.roles().contains(role));
        UI.getCurrent().setLocale(principal.locale());
        return principal;
    }

    /** Runs work in a browser session of its own, as another user at another computer would (call it on a new thread). */
    /** Another user's work meanwhile, in a session of their own on a thread of its own (Karibu keeps one per thread). */
    protected void meanwhile(String username, Runnable work) throws InterruptedException {
        var other = new Thread(() -> inSessionOf(username, work));
        other.start();
        other.join();
    }

    /** The conflict message after a concurrent change is shown once; then its Reload is clicked. */
    protected static void assertConflictToldThenReload() {
        assertThat(_find(Span.class, spec -> spec.withPredicate(
                span -> span.getText().startsWith("Someone else changed this record")))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Reload")));
    }

    protected void inSessionOf(String username, Runnable work) {
        startSession();
        try {
            login(username);
            work.run();
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
        startSession();
    }

    /**
     * Sets a field's value as a user typing or choosing in the browser would (a change "from the client").
     * Karibu's own _setValue does not fit the field internals of Vaadin 25.2, hence this small stand-in.
     */
    protected static <V> void userSets(HasValue<?, V> field, V value) {
        var component = (Component) field;
        assertThat(component.isVisible() && component.getElement().isEnabled() && !field.isReadOnly())
                .as("%s can be edited by the user", component)
                .isTrue();
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startSession() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }
}
