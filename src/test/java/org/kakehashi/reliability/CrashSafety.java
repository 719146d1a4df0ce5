package org.kakehashi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/**
 * What a crash may and may not do to the register: every member whose save was acknowledged is there after the
 * restart, and every member that is there is whole (its organisation, contact person and membership together).
 */
final class CrashSafety {

    /** The number of acknowledged saves after which the process is killed, in the middle of the next one. */
    static final int SAVES_BEFORE_KILL = 150;

    private CrashSafety() {
    }

    static void assertEveryAcknowledgedSaveIsThereAndWhole(Set<Long> acknowledged, Connection connection)
            throws SQLException {
        var contactsByOrganisation = new HashMap<Long, Integer>();
        var membershipsByOrganisation = new HashMap<Long, Integer>();
        var present = new HashSet<Long>();
        try (var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("""
                    select o.id,
                           (select count(*) from contact_person c where c.organisation_id = o.id),
                           (select count(*) from membership m where m.organisation_id = o.id)
                    from organisation o where o.name like 'Crash test member %'""")) {
                while (rows.next()) {
                    present.add(rows.getLong(1));
                    contactsByOrganisation.put(rows.getLong(1), rows.getInt(2));
                    membershipsByOrganisation.put(rows.getLong(1), rows.getInt(3));
                }
            }
            try (var rows = statement.executeQuery(
                    "select count(*) from contact_person where family_name = 'Crash' and organisation_id is null")) {
                rows.next();
                assertThat(rows.getInt(1)).as("contact persons left without their organisation").isZero();
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SAVES_BEFORE_KILL);
        assertThat(present).as("every acknowledged save is there").containsAll(acknowledged);
        var unacknowledged = new HashSet<>(present);
        unacknowledged.removeAll(acknowledged);
        assertThat(unacknowledged).as("at most the save in flight was committed without its acknowledgement")
                .hasSizeLessThanOrEqualTo(1);
        assertThat(contactsByOrganisation).as("each member has its one contact person")
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(membershipsByOrganisation).as("each member has its one membership")
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    }
}
