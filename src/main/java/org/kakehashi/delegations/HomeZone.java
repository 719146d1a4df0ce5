package org.kakehashi.delegations;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Our own time zone, that of the member cities (setting {@code kakehashi.delegations.home-zone}): a new
 * delegation's time zone until it is changed, and the second time the calendar shows beside an item's local one.
 */
@Component
public class HomeZone {

    public static final String DEFAULT = "Europe/Stockholm";

    private final ZoneId zone;

    HomeZone(@Value("${kakehashi.delegations.home-zone:" + DEFAULT + "}") String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }
}
