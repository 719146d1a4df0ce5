package org.kakehashi.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.TwoFactorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The second step of the login for a user with two-factor login: the code from the app, or a recovery code. */
@Route(value = SecondFactorView.PATH, autoLayout = false)
@PermitAll
@StyleSheet("styles/accounts.css")
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "login/code";

    final TextField code = new TextField();
    final Button verify = new Button();
    final Button cancel = new Button();

    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;

    public SecondFactorView(TwoFactorService twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");

        code.setLabel(getTranslation("second-factor.code"));
        code.setHelperText(getTranslation("second-factor.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setWidthFull();
        code.setRequiredIndicatorVisible(true);
        code.setManualValidation(true);
        code.focus();
        verify.setText(getTranslation("second-factor.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(click -> verify());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> currentUser.logout());

        var buttons = new HorizontalLayout(verify, cancel);
        var card = new Div(new H2(getTranslation("second-factor.title")),
                new Paragraph(getTranslation("second-factor.text")), code, buttons);
        card.addClassName("second-factor-card");
        add(title, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Only a login waiting for its code belongs here
        if (!currentUser.secondFactorPending()) {
            event.forwardTo(HomeView.class);
        }
    }

    private void verify() {
        switch (twoFactor.completeLogin(code.getValue())) {
            case LOGGED_IN -> {
                // The session keeps the completed login (the context object is the session's, this makes it sure)
                VaadinSession.getCurrent().getSession().setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
                getUI().ifPresent(ui -> ui.navigate(HomeView.class));
            }
            case WRONG_CODE -> {
                code.clear();
                code.setErrorMessage(getTranslation("second-factor.error.wrong"));
                code.setInvalid(true);
                code.focus();
            }
            case REFUSED -> currentUser.logout();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " · " + getTranslation("app.name");
    }
}
