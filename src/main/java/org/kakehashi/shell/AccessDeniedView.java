package org.kakehashi.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A page the logged-in user's roles do not open, where Vaadin's access control sends them (AccessDeniedException,
 * in development and production mode alike): shown as if it were not there.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends MissingPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event);
    }
}
