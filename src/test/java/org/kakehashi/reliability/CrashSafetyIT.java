package org.kakehashi.reliability;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on its embedded H2 file database, killed with SIGKILL while it saves, then started again. */
@Tag("crash")
class CrashSafetyIT {

    @TempDir
    Path folder;

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
}
