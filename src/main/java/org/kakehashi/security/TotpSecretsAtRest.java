package org.kakehashi.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At each start, brings every stored two-factor secret under the current key: those stored in clear before secrets
 * were encrypted, and those under a previous key after a rotation. Refuses the start when secrets are stored and no
 * key is configured, as none of them could be read. Each row is changed only if it still holds what was read, so
 * instances starting together do no harm.
 */
@Component
@Order(-1)
class TotpSecretsAtRest implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretsAtRest.class);

    private final JdbcClient jdbc;
    private final TotpSecrets secrets;

    TotpSecretsAtRest(JdbcClient jdbc, TotpSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public void run(ApplicationArguments args) {
        reencrypt();
    }

    /** @return how many secrets were encrypted again */
    int reencrypt() {
        var stored = jdbc.sql("select id, totp_secret from app_user where totp_secret is not null")
                .query((row, number) -> new Stored(row.getLong(1), row.getString(2))).list();
        if (stored.isEmpty()) {
            return 0;
        }
        if (!secrets.available()) {
            throw new IllegalStateException(stored.size() + " accounts have two-factor login but no key for their"
                    + " secrets is configured: set KAKEHASHI_TOTP_KEY (README, Login, two-factor login and accounts)");
        }
        int changed = 0;
        for (var row : stored) {
            if (secrets.isCurrent(row.secret())) {
                continue;
            }
            changed += jdbc.sql("update app_user set totp_secret = :new where id = :id and totp_secret = :old")
                    .param("new", secrets.encrypt(secrets.decrypt(row.secret())))
                    .param("id", row.id())
                    .param("old", row.secret())
                    .update();
        }
        if (changed > 0) {
            log.info("Encrypted {} two-factor secrets under the current key", changed);
        }
        return changed;
    }

    private record Stored(long id, String secret) {
    }
}
