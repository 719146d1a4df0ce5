package org.kakehashi.delegations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

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

    /**
     * Empties the calendar for a test that reads all of it: every delegation with its programme, participants,
     * partners and business cards (a lead keeps its record and loses its link).
     */
    public static void deleteAllDelegations(JdbcTemplate jdbc) {
        for (var table : List.of("business_card", "delegation_participant", "delegation_partner", "programme_item",
                "delegation")) {
            jdbc.update("delete from " + table);
        }
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
