package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@PostgresTest
class UserStoragePostgresIT {

    @Autowired
    private Flyway flyway;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private AppUserRepository users;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void every_migration_applies_to_postgresql() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        var migrations = flyway.info().all();
        assertThat(migrations).isNotEmpty();
        assertThat(migrations).allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void a_production_database_starts_with_its_first_administrator_and_no_demo_accounts() {
        assertThat(users.findByUsernameIgnoreCase("admin")).hasValueSatisfying(admin -> {
            assertThat(admin.getRoles()).containsExactly(Roles.ADMIN);
            assertThat(admin.isMustChangePassword()).isTrue();
        });
        assertThat(users.findByUsernameIgnoreCase("secretary")).isEmpty();
    }

    @Test
    void a_user_with_roles_and_a_japanese_name_round_trips_and_keeps_its_version() {
        var saved = users.save(new AppUser("Yamada.Hanako", "山田 花子", "{noop}x", Set.of(Roles.OFFICER, Roles.BOARD)));

        var loaded = users.findByUsernameIgnoreCase("yamada.hanako").orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getDisplayName()).isEqualTo("山田 花子");
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Roles.OFFICER, Roles.BOARD);
        assertThat(loaded.getCreatedBy()).isEqualTo("system");

        var stale = users.findById(saved.getId()).orElseThrow();
        loaded.setDisplayName("Yamada Hanako");
        users.save(loaded);
        stale.setDisplayName("Someone else");
        assertThatThrownBy(() -> users.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void the_administrators_are_locked_for_the_last_administrator_check_and_an_encrypted_secret_fits_its_column() {
        var secrets = new TotpSecrets(TotpSecrets.newKey(), "", "");
        var user = new AppUser("pg-two-factor", "PG Two Factor", "{noop}x", Set.of(Roles.ADMIN));
        user.enableTwoFactor(secrets.encrypt(Totp.newSecret()), 0, Set.of());
        users.save(user);

        var locked = transactions.execute(status -> users.lockAdministrators());

        assertThat(locked).extracting(AppUser::getUsername).contains("admin", "pg-two-factor");
        var stored = users.findByUsernameIgnoreCase("pg-two-factor").orElseThrow().getTotpSecret();
        assertThat(stored).startsWith("v1:");
        assertThat(secrets.decrypt(stored)).hasSize(32);
    }
}
