package org.kakehashi;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context installs a security context holder of its own as the global one, while its method
 * security keeps reading its own. With several cached contexts in one test run, a login set through the global
 * holder would then be invisible to an older context's services. Before each test, this puts back the holder of
 * the context the test runs in. Registered in META-INF/spring.factories.
 */
public class SecurityContextPerTestContext implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useHolderOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useHolderOf(testContext);
    }

    private static void useHolderOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
