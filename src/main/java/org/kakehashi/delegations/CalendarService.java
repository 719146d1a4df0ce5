package org.kakehashi.delegations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** iCalendar files of the delegation calendar, and each user's secret address of the feed. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class CalendarService {

    private final DelegationRepository delegations;
    private final ProgrammeItemRepository items;
    private final CalendarFeedTokenRepository tokens;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;

    CalendarService(DelegationRepository delegations, ProgrammeItemRepository items,
            CalendarFeedTokenRepository tokens, CurrentUser currentUser, EntityManager entityManager, Clock clock) {
        this.delegations = delegations;
        this.items = items;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One delegation's programme as an .ics file, each item in its own time zone. */
    public String programme(long delegationId) {
        var delegation = delegations.findById(delegationId).orElseThrow();
        var writer = new IcsWriter(delegation.getTitle(), clock.instant());
        items.findByDelegation(delegationId).stream().sorted(DelegationService.BY_START).forEach(writer::item);
        return writer.write();
    }

    /** The secret of the current user's feed address, made on first use. */
    @Transactional
    public String feedToken() {
        var userId = currentUser.require().userId();
        return tokens.findByUserId(userId)
                .orElseGet(() -> tokens.save(new CalendarFeedToken(entityManager.getReference(AppUser.class, userId))))
                .getToken();
    }

    /** A new secret for the current user's feed: the old address stops working at once. */
    @Transactional
    public String renewFeedToken() {
        var userId = currentUser.require().userId();
        var token = tokens.findByUserId(userId)
                .orElseGet(() -> new CalendarFeedToken(entityManager.getReference(AppUser.class, userId)));
        token.renew();
        return tokens.save(token).getToken();
    }
}
