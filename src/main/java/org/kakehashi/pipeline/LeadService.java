package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outreach pipeline: everyone reads it, officers and administrators change it. A confidential lead is seen
 * only by its owner and the administrators; for anyone else it does not exist, in lists and by id alike.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadService {

    /** The order of the cards in a column: the most urgent next action first. */
    static final Sort BOARD_ORDER = Sort.by("nextActionDue", "companyName");

    private final LeadRepository leads;
    private final LeadQueries queries;
    private final ActivityRepository activities;
    private final StageChangeRepository stageChanges;
    private final CurrentUser currentUser;
    private final UserService userService;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DelegationService delegations;
    private final AuditTrail auditTrail;
    private final PipelineFigureQueries figures;

    LeadService(LeadRepository leads, LeadQueries queries, ActivityRepository activities,
            StageChangeRepository stageChanges, CurrentUser currentUser, UserService userService,
            EntityManager entityManager, Clock clock, DelegationService delegations, AuditTrail auditTrail,
            PipelineFigureQueries figures) {
        this.auditTrail = auditTrail;
        this.delegations = delegations;
        this.figures = figures;
        this.leads = leads;
        this.queries = queries;
        this.activities = activities;
        this.stageChanges = stageChanges;
        this.currentUser = currentUser;
        this.userService = userService;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A page of the list, each lead with its owner and referring partner. */
    public Page<Lead> page(LeadFilter filter, Pageable pageable) {
        return queries.page(filter, pageable, viewer(), today());
    }

    public long count(LeadFilter filter) {
        return queries.page(filter, Pageable.ofSize(1), viewer(), today()).getTotalElements();
    }

    /**
     * The board: the first cards of every stage and each stage's total, in a fixed number of queries. A search for a
     * part of the name is a pass over every lead, so with one the whole board is found in a single pass; without,
     * each stage's first cards are read along the index of stage and next action.
     */
    public List<BoardColumn> board(LeadFilter filter, int cardsPerColumn) {
        var viewer = viewer();
        var today = today();
        if (filter.search() != null && !filter.search().isBlank()) {
            return queries.board(filter, cardsPerColumn, viewer, today);
        }
        var counts = queries.countsByStage(filter, viewer, today);
        var totals = counts.shown();
        var hidden = filter.onlyByDashboardFigures() ? counts.confidentialNotShown() : null;
        var columns = new ArrayList<BoardColumn>();
        for (var stage : LeadStage.values()) {
            var total = totals.get(stage);
            var cards = total == 0 ? List.<Lead>of()
                    : queries.rows(filter.withStage(stage), PageRequest.of(0, cardsPerColumn, BOARD_ORDER), viewer,
                            today);
            columns.add(new BoardColumn(stage, cards, total, hidden == null ? 0 : hidden.get(stage)));
        }
        return columns;
    }

    /** One column of the board with more cards, for "show more". */
    public BoardColumn column(LeadFilter filter, LeadStage stage, int cards) {
        var page = page(filter.withStage(stage), PageRequest.of(0, cards, BOARD_ORDER));
        return new BoardColumn(stage, page.getContent(), page.getTotalElements(),
                confidentialNotShown(filter.withStage(stage)));
    }

    /**
     * How many confidential leads of others the filter leaves out, which the dashboard counts: told only for a filter
     * by what the dashboard counts by (stage, open, a stage reached in a period), else 0, so that a search or an owner
     * never reveals that a confidential lead matches it.
     */
    public long confidentialNotShown(LeadFilter filter) {
        if (!filter.onlyByDashboardFigures()) {
            return 0;
        }
        return queries.countsByStage(filter, viewer(), today()).confidentialNotShown().values().stream()
                .mapToLong(Long::longValue).sum();
    }

    /** The lead with its owner and referring partner, or empty when it does not exist or is not for this user. */
    public Optional<Lead> get(long id) {
        var viewer = viewer();
        return leads.findWithDetails(id).filter(viewer::sees).map(this::withDetails);
    }

    /**
     * The leads a delegation produced or advanced (came from it, or were met at one of its programme items) that the
     * caller may see, with their owner; by company name.
     */
    public List<Lead> fromDelegation(long delegationId) {
        var viewer = viewer();
        return leads.findFromDelegation(delegationId, viewer.userId(), viewer.seesAllConfidential());
    }

    /**
     * The totals of every lead a delegation produced or advanced, each once, confidential ones included as they show
     * no lead: their number, their estimated jobs and, per currency, their estimated investment.
     */
    public DelegationTotals totalsOfDelegation(long delegationId) {
        var jobs = leads.sumJobsFromDelegation(delegationId);
        var investment = new java.util.TreeMap<String, java.math.BigDecimal>();
        for (var row : leads.sumInvestmentFromDelegation(delegationId)) {
            investment.put((String) row[0], (java.math.BigDecimal) row[1]);
        }
        return new DelegationTotals(leads.countFromDelegation(delegationId), jobs == null ? 0 : jobs, investment);
    }

    // ---- the board's figures: totals over every lead, confidential ones too, never a lead itself

    /**
     * Leads per stage now, the weighted pipeline of the open leads, and the establishments from the first day to
     * the last (in the clock's zone): two statements.
     */
    public PipelineFigures pipelineFigures(LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        return figures.stages(figures.establishedIn(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Activities per month from the first day to the last, every month present and in order: one statement. */
    public Map<java.time.YearMonth, Long> activitiesPerMonth(LocalDate from, LocalDate to) {
        return figures.activitiesPerMonth(from, to);
    }

    /** What each delegation that started between the two days produced, the most leads first: one statement. */
    public List<DelegationOutcomeTotals> outcomesByDelegation(LocalDate from, LocalDate to) {
        return figures.outcomesByDelegation(from, to);
    }

    /** The users a lead can be given to: the active officers and administrators. */
    public List<AppUser> possibleOwners() {
        var owners = new ArrayList<>(userService.activeUsersWithRole(Roles.OFFICER));
        userService.activeUsersWithRole(Roles.ADMIN).stream()
                .filter(admin -> owners.stream().noneMatch(owner -> owner.getId().equals(admin.getId())))
                .forEach(owners::add);
        owners.sort(Comparator.comparing(AppUser::getDisplayName));
        return owners;
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
        var me = me();
        if (lead.isNew()) {
            lead.setStageSince(now);
            var saved = leads.save(lead);
            stageChanges.save(new StageChange(saved, null, saved.getStage(), now, me));
            return withDetails(saved);
        }
        // A lead the user may not see answers as one that does not exist, as it does when read: not as a conflict
        var stored = leads.findStored(lead.getId()).filter(found -> found.seenBy(viewer()))
                .orElseThrow(() -> new LeadNotFoundException(lead.getId()));
        if (stored.stage() != lead.getStage()) {
            lead.setStageSince(now);
        }
        var saved = leads.save(lead);
        if (stored.stage() != saved.getStage()) {
            recordStageChange(saved, stored.stage(), now, me);
        }
        return withDetails(saved);
    }

    /**
     * Moves a lead to another stage, as a card dragged on the board; one transaction. A probability that was the
     * old stage's default becomes the new stage's; one an officer set stays.
     *
     * @param expectedVersion the version the user saw: if someone changed the lead since, nothing is moved
     * @throws ObjectOptimisticLockingFailureException when the lead changed since it was shown
     * @throws LeadNotFoundException when the lead does not exist or is not for this user (confidential)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Lead moveTo(long leadId, long expectedVersion, LeadStage stage) {
        var lead = get(leadId).orElseThrow(() -> new LeadNotFoundException(leadId));
        if (lead.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Lead.class, leadId);
        }
        var from = lead.getStage();
        if (from == stage) {
            return lead;
        }
        var now = clock.instant();
        if (lead.getProbability() != null && lead.getProbability() == from.defaultProbability()) {
            lead.setProbability(stage.defaultProbability());
        }
        lead.setStage(stage);
        lead.setStageSince(now);
        recordStageChange(lead, from, now, me());
        leads.flush();
        return lead;
    }

    /** The lead's activities, newest first. */
    public List<Activity> activities(long leadId) {
        requireVisible(leadId);
        return activities.findTimeline(leadId);
    }

    /**
     * Records an activity by the logged-in user; with a next step, the lead's next action becomes that step.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Activity addActivity(long leadId, Activity activity, NextStep nextStep) {
        var lead = requireVisible(leadId);
        activity.setLead(lead);
        activity.setAuthor(me());
        var saved = activities.save(activity);
        if (nextStep != null) {
            lead.setNextAction(nextStep.action());
            lead.setNextActionDue(nextStep.due());
        }
        activities.flush();
        Hibernate.initialize(saved.getAuthor());
        return saved;
    }

    /**
     * The activities from the first day to the last that the user may see, each with its lead and author, newest
     * first: the list behind the dashboard's activities per month.
     */
    public Page<Activity> activitiesOfDays(LocalDate from, LocalDate to, Pageable pageable) {
        var viewer = viewer();
        var ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")));
        return activities.findOfDays(from, to, viewer.userId(), viewer.seesAllConfidential(), ordered);
    }

    /** How many activities of those days are on confidential leads of others: counted on the dashboard, not shown. */
    public long activitiesOfDaysNotShown(LocalDate from, LocalDate to) {
        var viewer = viewer();
        return viewer.seesAllConfidential() ? 0
                : activities.countOfDaysOnConfidentialLeadsOfOthers(from, to, viewer.userId());
    }

    /** Every stage change of the lead with who and when, oldest first. */
    public List<StageChange> stageHistory(long leadId) {
        requireVisible(leadId);
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

    /** Of the leads created from the first to the last day given, how many have been established since. */
    public Conversion conversionToEstablished(LocalDate from, LocalDate to) {
        var zone = clock.getZone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return new Conversion(stageChanges.countEntered(start, end),
                stageChanges.countEnteredThatReached(start, end, LeadStage.ESTABLISHED));
    }

    /**
     * How long leads stay in each stage on average, from the whole stage history up to now. An aggregate over
     * every lead, confidential ones too. Stages no lead has been in are left out.
     */
    public Map<LeadStage, Duration> averageTimeInStage() {
        var averages = new EnumMap<LeadStage, Duration>(LeadStage.class);
        for (var row : stageChanges.averageSecondsInStage(clock.instant())) {
            averages.put((LeadStage) row[0], Duration.ofSeconds(Math.round(((Number) row[1]).doubleValue())));
        }
        return averages;
    }

    /** The logged-in user's open leads whose next action is overdue or due by the end of this week, most urgent first. */
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Page<Lead> myFollowUps(Pageable pageable) {
        var ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BOARD_ORDER);
        return page(followUpFilter(), ordered);
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public long myFollowUpCount() {
        return count(followUpFilter());
    }

    private LeadFilter followUpFilter() {
        return new LeadFilter(null, null, currentUser.require().userId(), null, null, null,
                NextActionDue.BY_END_OF_WEEK);
    }

    private void recordStageChange(Lead lead, LeadStage from, Instant at, AppUser by) {
        stageChanges.closeCurrent(lead.getId(), at);
        stageChanges.save(new StageChange(lead, from, lead.getStage(), at, by));
    }

    LocalDate today() {
        return LocalDate.now(clock);
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
                .map(ProgrammeItem::getId).collect(java.util.stream.Collectors.toSet());
        lead.getMetAtProgrammeItemIds().retainAll(existing);
    }

    private Lead requireVisible(long leadId) {
        return get(leadId).orElseThrow(() -> new AccessDeniedException("No lead " + leadId + " for this user"));
    }

    private Lead withDetails(Lead saved) {
        Hibernate.initialize(saved.getOwner());
        Hibernate.initialize(saved.getReferringPartner());
        Hibernate.initialize(saved.getMetAtProgrammeItemIds());
        return saved;
    }

    private Viewer viewer() {
        var user = currentUser.require();
        return new Viewer(user.userId(), user.roles().contains(Roles.ADMIN));
    }

    private AppUser me() {
        return entityManager.getReference(AppUser.class, currentUser.require().userId());
    }

    /** What was done to the lead, newest first; a confidential lead's only for those who may see the lead. */
    public Page<AuditEntry> history(long leadId, Pageable pageable) {
        requireVisible(leadId);
        return auditTrail.of(Lead.class, leadId, pageable);
    }

    /** The lead does not exist, or is confidential and not for this user: the two are told apart to no one. */
    public static class LeadNotFoundException extends RuntimeException {
        LeadNotFoundException(long leadId) {
            super("No lead " + leadId + " for this user");
        }
    }
}
