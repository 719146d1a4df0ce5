package org.kakehashi.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The packaged jar on its embedded H2 file database, killed with SIGKILL while it saves, then started again. */
@Tag("crash")
class CrashSafetyIT {

    private final Path folder = createFolder();

    @Test
    void after_a_kill_in_the_middle_of_saving_every_acknowledged_member_is_there_and_none_is_half_written()
            throws Exception {
        java.util.Set<Long> acknowledged;
        try (var writing = JarProcess.start(folder, true, Map.of(), "--server.port=8100")) {
            writing.awaitAcknowledged(CrashSafety.SAVES_BEFORE_KILL);
            acknowledged = writing.kill();
        }
        // The restart opens the database as the killed process left it, and must come up
        try (var restarted = JarProcess.start(folder, false, Map.of(), "--server.port=8100")) {
            restarted.awaitStarted();
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/kakehashi")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa", "")) {
            CrashSafety.assertEveryAcknowledgedSaveIsThereAndWhole(acknowledged, connection);
        }
    }

    @AfterEach
    void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("kakehashi-crash");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
