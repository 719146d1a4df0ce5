package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kakehashi.delegations.DelegationRef;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItemRef;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserRef;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a lead can link to in the other features (its owner, referring partner, source delegation and the programme
 * items where it was met), as the pipeline's views offer and show them: asked of the features that own them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadLinkService {

    private final UserService users;
    private final OrganisationService organisations;
    private final DelegationService delegations;

    LeadLinkService(UserService users, OrganisationService organisations, DelegationService delegations) {
        this.users = users;
        this.organisations = organisations;
        this.delegations = delegations;
    }

    /** The users a lead can be given to: the active officers and administrators, by name. */
    public List<UserRef> possibleOwners() {
        var owners = new ArrayList<UserRef>();
        for (var role : List.of(Roles.OFFICER, Roles.ADMIN)) {
            users.activeUsersWithRole(role).stream().map(UserRef::of)
                    .filter(user -> owners.stream().noneMatch(owner -> owner.id() == user.id()))
                    .forEach(owners::add);
        }
        owners.sort(Comparator.comparing(UserRef::displayName));
        return owners;
    }

    /** Organisations of the register whose name contains the text, to choose a referring partner from. */
    public List<OrganisationRef> partners(String search, Pageable pageable) {
        return organisations.choices(search, pageable);
    }

    /** Delegations whose title contains the text, the latest first, to choose the source from. */
    public List<DelegationRef> delegations(String search, Pageable pageable) {
        return delegations.choices(search, pageable);
    }

    /** Programme items of any delegation whose title contains the text, those of the given delegation first. */
    public List<ProgrammeItemRef> programmeItems(String search, Long firstOfDelegationId, Pageable pageable) {
        return delegations.itemChoices(search, firstOfDelegationId, pageable);
    }

    /** The lead's links as its form shows them; a delegation or an item deleted since is left out. */
    public LeadLinks linksOf(Lead lead) {
        var source = lead.getOrigin().getDelegationId() == null ? null
                : delegations.refOf(lead.getOrigin().getDelegationId()).orElse(null);
        var metAt = lead.getMetAtProgrammeItemIds().isEmpty() ? Set.<ProgrammeItemRef>of()
                : Set.copyOf(delegations.itemRefs(lead.getMetAtProgrammeItemIds()));
        return new LeadLinks(lead.getOwnerRef(), OrganisationRef.of(lead.getReferringPartner()), source, metAt);
    }
}
