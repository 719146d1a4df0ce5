package org.kakehashi.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an empty database its first accounts. The embedded default gets one demo account per role
 * (named in the README); a production database gets only its first administrator.
 */
@Component
@Order(0)
class InitialAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "kakehashi-demo";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_DISPLAY_NAME = "Administrator";

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoData;
    private final String adminPassword;
    private final TransactionTemplate transaction;

    InitialAccounts(AppUserRepository users, PasswordEncoder passwordEncoder,
            @Value("${kakehashi.demo-data:false}") boolean demoData,
            @Value("${KAKEHASHI_ADMIN_PASSWORD:}") String adminPassword,
            PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoData = demoData;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> createWhenEmpty());
    }

    private void createWhenEmpty() {
        if (users.count() > 0) {
            return;
        }
        if (demoData) {
            createDemoAccounts();
        } else {
            createFirstAdministrator();
        }
    }

    private void createDemoAccounts() {
        var hash = passwordEncoder.encode(DEMO_PASSWORD);
        users.save(new AppUser("admin", "Erik Nordvall", hash, Set.of(Roles.ADMIN)));
        users.save(new AppUser("secretary", "Sofia Lindgren", hash, Set.of(Roles.SECRETARY)));
        users.save(new AppUser("officer", "Jonas Albrecht", hash, Set.of(Roles.OFFICER)));
        users.save(new AppUser("board", "Hanna Ekberg", hash, Set.of(Roles.BOARD)));
        log.info("Created the demo accounts admin, secretary, officer and board (see README.md)");
    }

    private void createFirstAdministrator() {
        boolean generated = adminPassword.isBlank();
        var password = generated ? oneTimePassword() : adminPassword;
        if (!generated) {
            try {
                UserService.checkPolicy(ADMIN_USERNAME, ADMIN_DISPLAY_NAME, password);
            } catch (UserService.PasswordChangeException e) {
                throw new IllegalStateException("KAKEHASHI_ADMIN_PASSWORD must have " + UserService.PASSWORD_MIN
                        + " to " + UserService.PASSWORD_MAX
                        + " characters (at most " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8),"
                        + " and hard to guess (" + e.messageKey() + "): a phrase of four or five ordinary words will do", e);
            }
        }
        var admin = new AppUser(ADMIN_USERNAME, ADMIN_DISPLAY_NAME, passwordEncoder.encode(password),
                Set.of(Roles.ADMIN));
        admin.setMustChangePassword(generated);
        users.save(admin);
        if (generated) {
            // Printed once, never stored in clear: the administrator must change it at the first login
            log.warn("First administrator created: username '{}', one-time password '{}' (change it at first login)",
                    ADMIN_USERNAME, password);
        } else {
            log.info("First administrator '{}' created with the password from KAKEHASHI_ADMIN_PASSWORD",
                    ADMIN_USERNAME);
        }
    }

    private static String oneTimePassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
