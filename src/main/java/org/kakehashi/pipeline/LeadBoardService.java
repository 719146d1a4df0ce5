package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.kakehashi.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline board by stage, its moves from stage to stage, and each owner's follow-ups: everyone reads the board,
 * officers and administrators move its cards and have follow-ups.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class LeadBoardService {

    /** The order of the cards in a column: the most urgent next action first. */
    static final Sort BOARD_ORDER = Sort.by("nextActionDue", "companyName");

    private final LeadQueries queries;
    private final LeadRepository leads;
    private final StageChangeRepository stageChanges;
    private final LeadAccess access;
    private final Clock clock;

    LeadBoardService(LeadQueries queries, LeadRepository leads, StageChangeRepository stageChanges,
            LeadAccess access, Clock clock) {
        this.queries = queries;
        this.leads = leads;
        this.stageChanges = stageChanges;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The board: the first cards of every stage and each stage's total, in a fixed number of queries. A search for a
     * part of the name is a pass over every lead, so with one the whole board is found in a single pass; without,
     * each stage's first cards are read along the index of stage and next action.
     */
    public List<BoardColumn> board(LeadFilter filter, int cardsPerColumn) {
        var viewer = access.viewer();
        var today = access.today();
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
        var page = queries.page(filter.withStage(stage), PageRequest.of(0, cards, BOARD_ORDER), access.viewer(),
                access.today());
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
        return queries.countsByStage(filter, access.viewer(), access.today()).confidentialNotShown().values()
                .stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Moves a lead to another stage, as a card dragged on the board; one transaction. A probability that was the
     * old stage's default becomes the new stage's; one an officer set stays.
     *
     * @param expectedVersion the version the user saw: if someone changed the lead since, nothing is moved
     * @throws ObjectOptimisticLockingFailureException when the lead changed since it was shown
     * @throws LeadService.LeadNotFoundException when the lead does not exist or is not for this user (confidential)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Lead moveTo(long leadId, long expectedVersion, LeadStage stage) {
        var lead = access.visible(leadId).orElseThrow(() -> new LeadService.LeadNotFoundException(leadId));
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
        stageChanges.recordChange(lead, from, now, access.me());
        leads.flush();
        return lead;
    }

    /**
     * The logged-in user's open leads whose next action is overdue or due by the end of this week, most urgent
     * first.
     */
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Page<Lead> myFollowUps(Pageable pageable) {
        var ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BOARD_ORDER);
        return queries.page(followUpFilter(), ordered, access.viewer(), access.today());
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public long myFollowUpCount() {
        return queries.page(followUpFilter(), Pageable.ofSize(1), access.viewer(), access.today())
                .getTotalElements();
    }

    private LeadFilter followUpFilter() {
        return new LeadFilter(null, null, access.viewer().userId(), null, null, null,
                NextActionDue.BY_END_OF_WEEK);
    }
}
