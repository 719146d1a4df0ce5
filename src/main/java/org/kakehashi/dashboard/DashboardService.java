package org.kakehashi.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.pipeline.PipelineFigureService;
import org.kakehashi.security.Roles;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures, gathered from the features' services (never their repositories) in one read-only
 * transaction: a fixed number of aggregate statements, whatever the size of the register and the pipeline.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DashboardService {

    /** How far ahead "delegations coming" looks. */
    public static final int UPCOMING_DAYS = 90;
    /** The cities with the most members that are named; the rest are "other cities". */
    public static final int CITIES = 8;
    /** The figures of each period, kept a while (CacheConfiguration: {@code kakehashi.dashboard.figures-max-age}). */
    public static final String FIGURES_CACHE = "dashboardFigures";

    private final MembershipService memberships;
    private final DelegationService delegations;
    private final PipelineFigureService leads;
    private final Clock clock;

    DashboardService(MembershipService memberships, DelegationService delegations, PipelineFigureService leads,
            Clock clock) {
        this.memberships = memberships;
        this.delegations = delegations;
        this.leads = leads;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of a period as of today (or the period's last day, for a past one). Every figure is an aggregate
     * over the whole register, so the figures of a period are kept for {@code kakehashi.dashboard.figures-max-age}
     * (a minute): with many board members reading the dashboard the database counts once a minute, and a change
     * shows within that minute. Once they are older, one request counts them afresh while the others meanwhile get
     * the figures it replaces, rather than all counting at once (the cache's refresh, see CacheConfiguration).
     */
    @Cacheable(cacheNames = FIGURES_CACHE, sync = true)
    public DashboardFigures figures(DashboardPeriod period) {
        return count(period);
    }

    /**
     * The figures of a period counted now, past the cache: what the cache counts when they are missing or due.
     * Views ask {@link #figures} or {@link #refresh}.
     */
    public DashboardFigures count(DashboardPeriod period) {
        var today = today();
        var asOf = period.asOf(today);
        var from = period.start();
        var to = period.end();
        return new DashboardFigures(period, asOf,
                memberships.memberFigures(from, asOf, CITIES),
                memberships.duesTotals(period.duesYear()),
                delegations.upcoming(today, today.plusDays(UPCOMING_DAYS)),
                leads.pipelineFigures(from, to),
                leads.activitiesPerMonth(from, to),
                leads.outcomesByDelegation(from, to),
                leads.conversionToEstablished(from, to),
                leads.averageTimeInStage(),
                ZonedDateTime.now(clock));
    }

    /**
     * The figures of a period counted afresh now, for the user who asks for them (the refresh action): the next
     * readers get these too.
     */
    @CachePut(cacheNames = FIGURES_CACHE)
    public DashboardFigures refresh(DashboardPeriod period) {
        return count(period);
    }
}
