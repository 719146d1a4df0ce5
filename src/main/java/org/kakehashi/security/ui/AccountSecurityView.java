package org.kakehashi.security.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.TwoFactorService;

/** A user's own login settings: the password, and two-factor login (which an administrator must set up first). */
@Route(AccountSecurityView.PATH)
@PermitAll
@StyleSheet("styles/accounts.css")
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "account";

    public AccountSecurityView(TwoFactorService twoFactor, CurrentUser currentUser) {
        var user = currentUser.require();
        boolean required = twoFactor.isRequiredForCurrentUser();
        add(new ViewHeader(getTranslation("account.title")));
        if (required && !user.twoFactorEnabled()) {
            var notice = new Paragraph(getTranslation("account.two-factor.required-first"));
            notice.addClassName("required-notice");
            notice.getStyle().set("font-weight", "600");
            add(notice);
        } else {
            var password = new VerticalLayout(new H3(getTranslation("account.password")),
                    new Paragraph(getTranslation("account.password.text")),
                    new RouterLink(getTranslation("password.title"), ChangePasswordView.class));
            password.setPadding(false);
            password.addClassName("account-section");
            add(password);
        }
        add(new TwoFactorPanel(twoFactor, user.twoFactorEnabled(), required));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
