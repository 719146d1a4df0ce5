package org.kakehashi.members;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership types, memberships and their payments; keeps every membership's derived status up to date. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MembershipService {

    private final MembershipTypeRepository types;
    private final MembershipRepository memberships;
    private final DuesPaymentRepository payments;
    private final OrganisationRepository organisations;
    private final DuesQueries dues;
    private final MemberFigureQueries figures;
    private final MembershipRules rules;
    private final Clock clock;
    private final AuditTrail auditTrail;

    MembershipService(MembershipTypeRepository types, MembershipRepository memberships, DuesPaymentRepository payments,
            OrganisationRepository organisations, DuesQueries dues, MemberFigureQueries figures, Clock clock,
            @Value("${kakehashi.members.grace-days:" + MembershipRules.DEFAULT_GRACE_DAYS + "}") int graceDays,
            AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.types = types;
        this.memberships = memberships;
        this.payments = payments;
        this.organisations = organisations;
        this.dues = dues;
        this.figures = figures;
        this.clock = clock;
        this.rules = new MembershipRules(graceDays);
    }

    // ---- membership types

    public List<MembershipType> types() {
        return types.findAllByOrderByNameAsc();
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public MembershipType saveType(MembershipType type) {
        return types.save(type);
    }

    /** What was done to a membership type (its name, fee, currency and description), newest first. */
    public Page<AuditEntry> typeHistory(long typeId, Pageable pageable) {
        return auditTrail.of(MembershipType.class, typeId, pageable);
    }

    // ---- the secretary's dues lists

    /** Each member's dues for a year, expected against paid, by organisation name. */
    public Page<DuesLine> duesOfYear(int year, Pageable pageable) {
        return dues.duesOfYear(year, pageable);
    }

    public List<DuesTotal> duesTotals(int year) {
        return dues.totalsOfYear(year);
    }

    /** Memberships that renew within the next given number of days, earliest first. */
    public Page<Membership> renewalsDue(int days, Pageable pageable) {
        var today = LocalDate.now(clock);
        return dues.renewalsDue(today, today.plusDays(days), pageable);
    }

    /** Memberships whose dues for this year are overdue, longest overdue first. */
    public Page<Membership> duesUnpaid(Pageable pageable) {
        return dues.duesUnpaid(pageable);
    }

    // ---- the board's figures

    /**
     * The members active on a day and on the first day of a period, the dues unpaid now, and the active members by
     * kind and by city (the given number of cities with the most): counted in the database, for the dashboard.
     */
    public MemberFigures memberFigures(LocalDate periodStart, LocalDate day, int cities) {
        return figures.figures(periodStart, day, rules.graceDays(), cities);
    }

    // ---- memberships

    /** The day this year's dues of a membership fall due. */
    public LocalDate dueDate(Membership membership, int year) {
        return rules.dueDate(membership.getStartDate(), membership.getEndDate(), year);
    }

    public Optional<Membership> membershipOf(long organisationId) {
        return memberships.findByOrganisationId(organisationId);
    }

    public List<DuesPayment> paymentsOf(long membershipId) {
        return payments.findByMembershipIdOrderByPaidDateDesc(membershipId);
    }

    /** Makes an organisation a member: an applicant until its first payment. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public Membership join(long organisationId, MembershipType type, LocalDate startDate, LocalDate endDate) {
        if (memberships.existsByOrganisationId(organisationId)) {
            // Someone else made it a member since the page was shown: a conflict, as with a changed version
            throw new ObjectOptimisticLockingFailureException(Membership.class, organisationId);
        }
        var membership = new Membership();
        membership.setOrganisation(organisations.getReferenceById(organisationId));
        membership.setType(types.getReferenceById(type.getId()));
        membership.setStartDate(startDate);
        membership.setEndDate(endDate);
        refresh(membership);
        return memberships.save(membership);
    }

    /** Saves a change of type or dates made in the membership form. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public Membership save(Membership membership) {
        var saved = memberships.save(membership);
        refresh(saved);
        return saved;
    }

    /** Records a payment; paying the end date's year in full renews the membership for a year. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public DuesPayment recordPayment(Membership membership, DuesPayment payment) {
        var current = memberships.findById(membership.getId()).orElseThrow();
        if (current.getVersion() != membership.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Membership.class, membership.getId());
        }
        payment.setMembership(current);
        var saved = payments.saveAndFlush(payment);
        var paidForYear = payments.sumPaid(current.getId(), payment.getPeriodYear());
        current.setEndDate(rules.endDateAfterPayment(current.getEndDate(), payment.getPeriodYear(),
                current.getType().getAnnualFee(), paidForYear));
        refresh(current);
        return saved;
    }

    /** Ends a membership on the member's request, from the given day. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARY})
    public Membership resign(Membership membership, LocalDate resignedOn) {
        membership.setResignedOn(resignedOn);
        var saved = memberships.save(membership);
        refresh(saved);
        return saved;
    }

    /** Time moves statuses on (a membership lapses without anyone touching it): recomputed every night. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void refreshAllStatuses() {
        var page = memberships.findAll(PageRequest.of(0, 500, Sort.by("id")));
        while (true) {
            page.forEach(this::refresh);
            if (!page.hasNext()) {
                break;
            }
            page = memberships.findAll(page.nextPageable());
        }
    }

    private void refresh(Membership membership) {
        var today = LocalDate.now(clock);
        boolean anyPayment = !membership.isNew() && payments.existsByMembershipId(membership.getId());
        var paidThisYear = membership.isNew() ? BigDecimal.ZERO
                : payments.sumPaid(membership.getId(), today.getYear());
        var facts = new MembershipRules.Facts(membership.getStartDate(), membership.getEndDate(),
                membership.getResignedOn(), anyPayment,
                membership.getType().getAnnualFee(), paidThisYear);
        membership.setDerived(rules.status(facts, today), rules.duesStatus(facts, today));
    }

    /** What was done to the membership and its dues payments, newest first. */
    public Page<AuditEntry> history(long membershipId, Pageable pageable) {
        return auditTrail.of(Membership.class, membershipId, pageable);
    }
}
