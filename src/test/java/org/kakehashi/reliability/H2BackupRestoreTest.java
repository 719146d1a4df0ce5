package org.kakehashi.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.backup.ui.BackupView;
import org.kakehashi.backup.BackupService;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default's backup, as the administrator takes it (online, while the application runs), restored as
 * the README says into a fresh folder: every table holds the same rows.
 */
class H2BackupRestoreTest extends UiTest {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Path FOLDER = createFolder();

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("data/kakehashi") + H2_OPTIONS);
        registry.add("kakehashi.backup.directory", () -> FOLDER.resolve("backups").toString());
        // A register of every kind of record to back up and restore: the demo's
        registry.add("kakehashi.demo-data.register", () -> "true");
    }

    @Autowired
    private BackupService backups;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private DataSource dataSource;

    @Test
    void a_backup_taken_while_the_application_runs_restores_into_a_fresh_folder_with_every_record() throws Exception {
        SystemAccess.run(() -> {
            var organisation = new Organisation();
            organisation.setName("Kobe Biomedical 神戸医療 🧬 Ünïcödé ' \" <b>");
            organisation.setKind(OrganisationKind.RESEARCH_INSTITUTE);
            organisation.setCountry("JP");
            organisations.save(organisation);
        });
        login("admin");
        UI.getCurrent().navigate(BackupView.class);
        _click(_get(Button.class, spec -> spec.withText("Back up now")));
        var backup = new AtomicReference<BackupService.Backup>();
        SystemAccess.run(() -> backup.set(backups.list().getFirst()));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(Grid.class))).isEqualTo(
                backups.list().size());
        TableContents live;
        try (var connection = dataSource.getConnection()) {
            live = TableContents.read(connection, "public");
        }

        // The restore command of the README: org.h2.tools.Restore -file <backup> -dir <data folder>
        var restoredFolder = FOLDER.resolve("restored");
        org.h2.tools.Restore.main("-file", backup.get().file().toString(), "-dir", restoredFolder.toString());

        TableContents restored;
        try (var connection = DriverManager.getConnection(
                "jdbc:h2:file:" + restoredFolder.resolve("kakehashi") + H2_OPTIONS + ";IFEXISTS=TRUE", "sa", "")) {
            restored = TableContents.read(connection, "public");
        }
        assertThat(live.rowsByTable()).containsKeys("organisation", "contact_person", "membership", "dues_payment",
                "delegation", "programme_item", "lead", "activity", "app_user", "flyway_schema_history");
        assertThat(live.countsByTable().get("organisation")).isGreaterThan(5);
        assertThat(restored.countsByTable()).isEqualTo(live.countsByTable());
        assertThat(restored.rowsByTable()).isEqualTo(live.rowsByTable());
    }

    @Test
    void a_new_backup_drops_the_oldest_beyond_the_fourteen_kept() throws IOException {
        var folder = Files.createDirectories(FOLDER.resolve("backups"));
        for (int day = 1; day <= 20; day++) {
            Files.writeString(folder.resolve("kakehashi-202601%02d-023000.zip".formatted(day)), "old");
        }
        var names = new AtomicReference<List<String>>();
        SystemAccess.run(() -> {
            backups.backUpNow();
            names.set(backups.list().stream().map(BackupService.Backup::name).toList());
        });
        assertThat(names.get()).hasSize(14)
                .doesNotContain("kakehashi-20260106-023000.zip")
                .contains("kakehashi-20260120-023000.zip", "kakehashi-20260110-023000.zip");
    }

    @Test
    void only_the_administrator_may_take_a_backup() {
        login("secretary");
        assertThatThrownBy(() -> backups.backUpNow()).isInstanceOf(AccessDeniedException.class);
    }

    @AfterAll
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("kakehashi-backup-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
