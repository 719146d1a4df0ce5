package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's own life: found, read, created and changed, with its stage history and its audit history. Everyone reads
 * the pipeline, officers and administrators change it. A confidential lead is seen only by its owner and the
 * administrators; for anyone else it does not exist, in lists and by id alike.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadService {

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final StageChangeRepository stageChanges;
    private final LeadAccess access;
    private final UserService userService;
    private final OrganisationService organisations;
    private final DelegationService delegations;
    private final AuditTrail auditTrail;
    private final Clock clock;

    LeadService(LeadRepository leads, LeadQueries queries, StageChangeRepository stageChanges, LeadAccess access,
            UserService userService, OrganisationService organisations, DelegationService delegations,
            AuditTrail auditTrail, Clock clock) {
        this.leads = leads;
        this.queries = queries;
        this.stageChanges = stageChanges;
        this.access = access;
        this.userService = userService;
        this.organisations = organisations;
        this.delegations = delegations;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A page of the list, each lead with its owner and referring partner. */
    public Page<Lead> page(LeadFilter filter, Pageable pageable) {
        return queries.page(filter, pageable, access.viewer(), access.today());
    }

    public long count(LeadFilter filter) {
        return queries.page(filter, Pageable.ofSize(1), access.viewer(), access.today()).getTotalElements();
    }

    /** The lead with its owner and referring partner, or empty when it does not exist or is not for this user. */
    public Optional<Lead> get(long id) {
        return access.visible(id);
    }

    /**
     * The leads a delegation produced or advanced (came from it, or were met at one of its programme items) that the
     * caller may see, with their owner; by company name.
     */
    public List<Lead> fromDelegation(long delegationId) {
        var viewer = access.viewer();
        return leads.findFromDelegation(delegationId, viewer.userId(), viewer.seesAllConfidential());
    }

    /**
     * Saves a new or changed lead; a change of stage is recorded in the stage history with who and when.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved the lead since it was read
     * @throws LeadNotFoundException when the lead does not exist or is not for this user (confidential)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Lead save(Lead lead) {
        keepExistingItems(lead);
        var now = clock.instant();
        var me = access.me();
        if (lead.isNew()) {
            lead.setStageSince(now);
            var saved = leads.save(lead);
            stageChanges.save(new StageChange(saved, null, saved.getStage(), now, me));
            return LeadAccess.withDetails(saved);
        }
        // A lead the user may not see answers as one that does not exist, as it does when read: not as a conflict
        var stored = leads.findStored(lead.getId()).filter(found -> found.seenBy(access.viewer()))
                .orElseThrow(() -> new LeadNotFoundException(lead.getId()));
        if (stored.stage() != lead.getStage()) {
            lead.setStageSince(now);
        }
        var saved = leads.save(lead);
        if (stored.stage() != saved.getStage()) {
            stageChanges.recordChange(saved, stored.stage(), now, me);
        }
        return LeadAccess.withDetails(saved);
    }

    /**
     * Saves a lead as its form edited it, with the links it chose: the owner and referring partner become the
     * lead's associations, the delegation and programme items its ids.
     *
     * @see #save(Lead)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Lead save(Lead lead, LeadLinks links) {
        lead.setOwner(userService.reference(links.owner()));
        lead.setReferringPartner(organisations.reference(links.referringPartner()));
        lead.getOrigin().setDelegationId(links.sourceDelegationId());
        lead.setMetAtProgrammeItemIds(links.metAtIds());
        return save(lead);
    }

    /** Every stage change of the lead with who and when, oldest first. */
    public List<StageChange> stageHistory(long leadId) {
        access.requireVisible(leadId);
        return stageChanges.findHistory(leadId);
    }

    /** How long the lead stayed in each stage it went through, oldest first; the last runs until now. */
    public List<StagePeriod> timeInStage(long leadId) {
        var history = stageHistory(leadId);
        var periods = new ArrayList<StagePeriod>();
        for (int i = 0; i < history.size(); i++) {
            var change = history.get(i);
            var left = i + 1 < history.size() ? history.get(i + 1).getChangedAt() : null;
            var until = left != null ? left : clock.instant();
            periods.add(new StagePeriod(change.getToStage(), change.getChangedAt(), left,
                    Duration.between(change.getChangedAt(), until)));
        }
        return periods;
    }

    /** What was done to the lead, newest first; a confidential lead's only for those who may see the lead. */
    public Page<AuditEntry> history(long leadId, Pageable pageable) {
        access.requireVisible(leadId);
        return auditTrail.of(Lead.class, leadId, pageable);
    }

    /**
     * Where a lead was met: programme items of any delegation, its source's or a later one's (that delegation
     * advanced it). An item deleted since the form showed it is dropped rather than failing the save.
     */
    private void keepExistingItems(Lead lead) {
        if (lead.getMetAtProgrammeItemIds().isEmpty()) {
            return;
        }
        var existing = delegations.itemsWithIds(lead.getMetAtProgrammeItemIds()).stream()
                .map(ProgrammeItem::getId).collect(Collectors.toSet());
        lead.getMetAtProgrammeItemIds().retainAll(existing);
    }

    /** The lead does not exist, or is confidential and not for this user: the two are told apart to no one. */
    public static class LeadNotFoundException extends RuntimeException {
        LeadNotFoundException(long leadId) {
            super("No lead " + leadId + " for this user");
        }
    }
}
