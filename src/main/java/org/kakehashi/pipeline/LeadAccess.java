package org.kakehashi.pipeline;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking and which leads they may see, for the pipeline's services: a confidential lead is seen only by its
 * owner and the administrators; for anyone else it does not exist, in lists and by id alike.
 */
@Component
class LeadAccess {

    private final LeadRepository leads;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    LeadAccess(LeadRepository leads, CurrentUser currentUser, EntityManager entityManager, Clock clock) {
        this.leads = leads;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    Viewer viewer() {
        var user = currentUser.require();
        return new Viewer(user.userId(), user.roles().contains(Roles.ADMIN));
    }

    /** The logged-in user, as the author of a change. */
    AppUser me() {
        return entityManager.getReference(AppUser.class, currentUser.require().userId());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The lead with its owner, referring partner and programme items, when it exists and is for this user. */
    Optional<Lead> visible(long id) {
        var viewer = viewer();
        return leads.findWithDetails(id).filter(viewer::sees).map(LeadAccess::withDetails);
    }

    Lead requireVisible(long leadId) {
        return visible(leadId).orElseThrow(() -> new AccessDeniedException("No lead " + leadId + " for this user"));
    }

    static Lead withDetails(Lead lead) {
        Hibernate.initialize(lead.getOwner());
        Hibernate.initialize(lead.getReferringPartner());
        Hibernate.initialize(lead.getMetAtProgrammeItemIds());
        return lead;
    }
}
