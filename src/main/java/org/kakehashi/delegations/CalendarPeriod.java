package org.kakehashi.delegations;

import java.time.LocalDate;
import java.util.List;

/** The delegations under way in a period of the calendar, and their programme items in it. */
public record CalendarPeriod(LocalDate from, LocalDate to, List<Delegation> delegations, List<ProgrammeItem> items) {
}
