package org.kakehashi.delegations;

import java.time.LocalDate;

/**
 * A delegation as the other features' views show and choose it (where a lead came from): their views never hold
 * the entity, and their services keep its id.
 */
public record DelegationRef(long id, String title, LocalDate startDate) {

    public static DelegationRef of(Delegation delegation) {
        return delegation == null ? null
                : new DelegationRef(delegation.getId(), delegation.getTitle(), delegation.getStartDate());
    }
}
