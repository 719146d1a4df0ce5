package org.kakehashi.delegations.ui;

import java.time.ZoneId;
import java.util.List;

/** The region-based time zone ids, for choosing one (Europe/Stockholm, Asia/Tokyo …). */
final class TimeZones {

    private static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZones() {
    }

    static List<String> ids() {
        return IDS;
    }
}
