package org.kakehashi.members;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class with a Spring context of its own. Each context installs its own Vaadin-aware security context
 * strategy in {@link SecurityContextHolder}, with a thread-local of its own, while the method security of a context
 * started earlier keeps reading the one it was built with. Without putting that one back, a later test on the
 * earlier (cached) context would find no authentication in what {@code SystemAccess} sets up.
 */
public class RestoreSecurityContextStrategy implements BeforeAllCallback, AfterAllCallback {

    private SecurityContextHolderStrategy before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(before);
    }
}
