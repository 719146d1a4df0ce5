package org.kakehashi.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.pipeline.PipelineFigureService;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Value;
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

    private final MembershipService memberships;
    private final DelegationService delegations;
    private final PipelineFigureService leads;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<DashboardPeriod, Computed> recent = new ConcurrentHashMap<>();
    private final Set<DashboardPeriod> refreshing = ConcurrentHashMap.newKeySet();

    DashboardService(MembershipService memberships, DelegationService delegations, PipelineFigureService leads,
            Clock clock, @Value("${kakehashi.dashboard.figures-max-age:PT1M}") Duration maxAge) {
        this.memberships = memberships;
        this.delegations = delegations;
        this.leads = leads;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of a period as of today (or the period's last day, for a past one). Every figure is an aggregate
     * over the whole register, so the figures of a period are reused for {@code kakehashi.dashboard.figures-max-age}
     * (a minute): with many board members reading the dashboard the database counts once a minute, and a change
     * shows within that minute. Once they are older, one request counts them afresh while the others meanwhile get
     * the figures it replaces, rather than all counting at once.
     */
    public DashboardFigures figures(DashboardPeriod period) {
        var now = clock.instant();
        var reused = recent.get(period);
        if (reused != null && now.isBefore(reused.at().plus(maxAge)) && !now.isBefore(reused.at())) {
            return reused.figures();
        }
        boolean counting = refreshing.add(period);
        if (reused != null && !counting) {
            return reused.figures();
        }
        try {
            var fresh = compute(period);
            if (maxAge.isPositive()) {
                recent.values().removeIf(old -> !now.isBefore(old.at().plus(maxAge.multipliedBy(2))));
                recent.put(period, new Computed(fresh, now));
            }
            return fresh;
        } finally {
            if (counting) {
                refreshing.remove(period);
            }
        }
    }

    DashboardFigures compute(DashboardPeriod period) {
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
    public DashboardFigures refresh(DashboardPeriod period) {
        recent.remove(period);
        return figures(period);
    }

    private record Computed(DashboardFigures figures, Instant at) {
    }
}
