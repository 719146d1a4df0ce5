package org.kakehashi.delegations;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Delegations and programme items as the tests need them, not yet saved. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A planned delegation; a Leipzig home city is in Europe/Berlin, any other in Europe/Stockholm. */
    public static Delegation delegation(String title, DelegationDirection direction, String homeCity, String visited,
            LocalDate start, LocalDate end) {
        var delegation = new Delegation();
        delegation.setTitle(title);
        delegation.setDirection(direction);
        delegation.setHomeCity(homeCity);
        delegation.setHomeZoneId(homeCity.equals("Leipzig") ? "Europe/Berlin" : "Europe/Stockholm");
        delegation.setVisitedCities(visited);
        delegation.setStartDate(start);
        delegation.setEndDate(end);
        delegation.setStatus(DelegationStatus.PLANNED);
        return delegation;
    }

    /** A two-hour item at a wall-clock time in a zone. */
    public static ProgrammeItem item(Delegation delegation, String title, LocalDateTime start, String zone) {
        var item = new ProgrammeItem(delegation);
        item.setTitle(title);
        item.setStart(start);
        item.setEnd(start.plusHours(2));
        item.setZoneId(zone);
        return item;
    }
}
