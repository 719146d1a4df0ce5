package org.kakehashi.delegations;

import java.time.LocalDate;

/**
 * A programme item as the other features' views show and choose it (where a lead was met), with the title of its
 * delegation: their views never hold the entity, and their services keep its id.
 *
 * @param day the item's local day where it happens
 */
public record ProgrammeItemRef(long id, String title, LocalDate day, String delegationTitle) {

    public static ProgrammeItemRef of(ProgrammeItem item) {
        return item == null ? null : new ProgrammeItemRef(item.getId(), item.getTitle(),
                item.getStart().toLocalDate(), item.getDelegation().getTitle());
    }
}
