package org.kakehashi.dashboard;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.security.Roles;
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
    private final LeadService leads;
    private final Clock clock;

    DashboardService(MembershipService memberships, DelegationService delegations, LeadService leads, Clock clock) {
        this.memberships = memberships;
        this.delegations = delegations;
        this.leads = leads;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures of a period as of today (or the period's last day, for a past one). */
    public DashboardFigures figures(DashboardPeriod period) {
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
                leads.outcomesByDelegation(from, to));
    }
}
