package org.kakehashi.delegations;

import java.time.LocalDate;

/**
 * The delegations starting in a window of days (any status), for the board.
 *
 * @param from the first day of the window
 * @param to the last day of the window
 */
public record UpcomingDelegations(LocalDate from, LocalDate to, long total, long inbound, long outbound,
        long confirmed) {
}
