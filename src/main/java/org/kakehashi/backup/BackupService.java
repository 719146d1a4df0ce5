package org.kakehashi.backup;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kakehashi.security.Roles;
import org.kakehashi.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database: a zip of the database file, taken while the application runs
 * (H2's BACKUP reads a consistent snapshot without locking anyone out), every night and when the administrator
 * asks. Restored with H2's own tool while the application is stopped (see the README). PostgreSQL is backed up
 * with pg_dump instead, so there this service has nothing to do.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "kakehashi-";
    private static final String SUFFIX = ".zip";

    /** A backup file in the backup folder. */
    public record Backup(Path file, long size, Instant taken) {

        public String name() {
            return file.getFileName().toString();
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Path directory;
    private final int keep;
    private final boolean embedded;

    BackupService(DataSource dataSource, Clock clock,
            @Value("${kakehashi.backup.directory:./backups}") Path directory,
            @Value("${kakehashi.backup.keep:14}") int keep) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.directory = directory;
        this.keep = keep;
        this.embedded = isH2FileDatabase(dataSource);
    }

    /** True on the embedded H2 file database, the only one this service backs up. */
    @RolesAllowed(Roles.ADMIN)
    public boolean isAvailable() {
        return embedded;
    }

    /** Takes a backup now, into a new file of the backup folder, and drops the oldest beyond the number kept. */
    @RolesAllowed(Roles.ADMIN)
    public Backup backUpNow() {
        return takeBackup();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(BackupService::isBackupFile)
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(Backup::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Locked like every scheduled job, though only the embedded H2 (one instance) backs up here: a backup of a large
    // register takes minutes, so two hours frees the lock of a run that died; five minutes at least against a second
    // start of the same night's run.
    @Scheduled(cron = "${kakehashi.backup.cron:0 30 2 * * *}")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT2H", lockAtLeastFor = "${kakehashi.jobs.lock-at-least-for:PT5M}")
    void nightly() {
        if (embedded) {
            SystemAccess.run(this::takeBackup);
        }
    }

    /** Writes a transactionally consistent copy of the running H2 database to a zip file. */
    public static void backUp(JdbcTemplate jdbc, Path file) {
        jdbc.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    private Backup takeBackup() {
        if (!embedded) {
            throw new IllegalStateException("Only the embedded H2 database is backed up here; use pg_dump");
        }
        try {
            Files.createDirectories(directory);
            var file = directory.resolve(PREFIX + STAMP.format(LocalDateTime.now(clock)) + SUFFIX);
            backUp(jdbc, file);
            log.info("Database backed up to {}", file.toAbsolutePath());
            dropOldest();
            return describe(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropOldest() throws IOException {
        var all = list();
        for (var old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private static boolean isBackupFile(Path file) {
        var name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isH2FileDatabase(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getURL());
            return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (Exception e) {
            return false;
        }
    }
}
