package org.kakehashi.pipeline;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.stream.Collectors;
import org.kakehashi.delegations.DelegationRef;
import org.kakehashi.delegations.ProgrammeItemRef;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.security.UserRef;

/**
 * What a lead links to in the other features, as its form shows and chooses them; the lead's service turns them into
 * the lead's associations and ids when saving.
 *
 * @param sourceDelegation the delegation the lead came from
 * @param metAt the programme items (of any delegation) where the lead was met
 */
public record LeadLinks(@NotNull(message = "{validation.required}") UserRef owner, OrganisationRef referringPartner,
        DelegationRef sourceDelegation, Set<ProgrammeItemRef> metAt) {

    public LeadLinks {
        metAt = metAt == null ? Set.of() : Set.copyOf(metAt);
    }

    Long sourceDelegationId() {
        return sourceDelegation == null ? null : sourceDelegation.id();
    }

    Set<Long> metAtIds() {
        return metAt.stream().map(ProgrammeItemRef::id).collect(Collectors.toSet());
    }
}
