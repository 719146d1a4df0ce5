package org.kakehashi.pipeline;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kakehashi.common.JpqlWhere;
import org.kakehashi.common.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The filtered, sorted pages of leads that a viewer may see: one query for the rows (with their owner and
 * referring partner) and one to count them, whatever the page size. Confidential leads of others never leave here.
 */
@Repository
class LeadQueries {

    /** The sort keys the list offers, mapped to what the query sorts by. Anything else is refused. */
    static final Map<String, String> SORTABLE = Map.of(
            "companyName", "l.companyName",
            "stage", "l.stage",
            "owner", "o.displayName",
            "sector", "l.sector",
            "country", "l.country",
            "interestKind", "l.interestKind",
            "nextActionDue", "l.nextActionDue",
            "expectedDecisionDate", "l.expectedDecisionDate",
            "estimatedJobs", "l.estimatedJobs",
            "probability", "l.probability");

    private static final List<LeadStage> CLOSED = List.of(LeadStage.ESTABLISHED, LeadStage.LOST);

    private final EntityManager entityManager;
    private final ZoneId zone;

    LeadQueries(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.zone = clock.getZone();
    }

    Page<Lead> page(LeadFilter filter, Pageable pageable, Viewer viewer, LocalDate today) {
        var where = where(filter, viewer, today);
        var count = where.bind(entityManager.createQuery(
                "select count(l) from Lead l join l.owner o" + where.clause(), Long.class));
        return new PageImpl<>(rows(where, pageable), pageable, count.getSingleResult());
    }

    /** The rows of a page without counting them all, for a board column whose total is known. */
    List<Lead> rows(LeadFilter filter, Pageable pageable, Viewer viewer, LocalDate today) {
        return rows(where(filter, viewer, today), pageable);
    }

    private List<Lead> rows(JpqlWhere where, Pageable pageable) {
        var orderBy = JpqlWhere.orderBy(pageable.getSort(), SORTABLE, "lead list", "l.companyName asc", "l.id asc");
        var rows = where.bind(entityManager.createQuery(
                "select l from Lead l join fetch l.owner o left join fetch l.referringPartner p" + where.clause()
                        + orderBy, Lead.class));
        return rows.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /**
     * The first cards of every stage (in the board's order) and each stage's total, in one pass over the leads: their
     * ids, positions and totals by window functions, then those leads with their owner and referring partner.
     */
    List<BoardColumn> board(LeadFilter filter, int cardsPerColumn, Viewer viewer, LocalDate today) {
        var where = where(filter, viewer, today);
        var ranked = where.bind(entityManager.createQuery("""
                select r.id, r.stage, r.total from (
                    select l.id as id, l.stage as stage,
                        row_number() over (partition by l.stage order by l.nextActionDue, l.companyName, l.id)
                            as position,
                        count(*) over (partition by l.stage) as total
                    from Lead l join l.owner o""" + where.clause() + """
                ) r where r.position <= :cards order by r.stage, r.position""", RankedCard.class));
        ranked.setParameter("cards", cardsPerColumn);
        var totals = new EnumMap<LeadStage, Long>(LeadStage.class);
        var order = new ArrayList<Long>();
        for (var card : ranked.getResultList()) {
            order.add(card.id());
            totals.put(card.stage(), card.stageTotal());
        }
        var byId = new HashMap<Long, Lead>();
        if (!order.isEmpty()) {
            entityManager.createQuery("""
                    select l from Lead l join fetch l.owner left join fetch l.referringPartner
                    where l.id in :ids""", Lead.class)
                    .setParameter("ids", order)
                    .getResultList()
                    .forEach(lead -> byId.put(lead.getId(), lead));
        }
        var cards = new EnumMap<LeadStage, List<Lead>>(LeadStage.class);
        for (var id : order) {
            var lead = byId.get(id);
            // Deleted by someone else between the two statements: the column shows one card fewer, not an error
            if (lead != null) {
                cards.computeIfAbsent(lead.getStage(), stage -> new ArrayList<>()).add(lead);
            }
        }
        var columns = new ArrayList<BoardColumn>();
        for (var stage : LeadStage.values()) {
            columns.add(new BoardColumn(stage, cards.getOrDefault(stage, List.of()), totals.getOrDefault(stage, 0L)));
        }
        return columns;
    }

    /**
     * How many leads of each stage the viewer sees, and how many confidential leads of others the filter leaves out
     * for them (every stage present in both), in one query: the board and the lists tell the second beside what they
     * show, so that their counts agree with the dashboard's.
     */
    StageCounts countsByStage(LeadFilter filter, Viewer viewer, LocalDate today) {
        var where = where(filter, new Viewer(viewer.userId(), true), today);
        boolean all = viewer.seesAllConfidential();
        var query = where.bind(entityManager.createQuery("select l.stage, "
                + (all ? "count(l), 0L" : "sum(case when l.confidential = false or o.id = :me then 1 else 0 end), "
                        + "sum(case when l.confidential = true and o.id <> :me then 1 else 0 end)")
                + " from Lead l join l.owner o" + where.clause() + " group by l.stage", StageCount.class));
        if (!all) {
            query.setParameter("me", viewer.userId());
        }
        var shown = new EnumMap<LeadStage, Long>(LeadStage.class);
        var hidden = new EnumMap<LeadStage, Long>(LeadStage.class);
        for (var stage : LeadStage.values()) {
            shown.put(stage, 0L);
            hidden.put(stage, 0L);
        }
        for (var count : query.getResultList()) {
            shown.put(count.stage(), count.shown());
            hidden.put(count.stage(), count.confidentialNotShown());
        }
        return new StageCounts(shown, hidden);
    }

    /** A card of the board's first pass: a lead's id, its stage and how many leads that stage holds. */
    private record RankedCard(long id, LeadStage stage, long stageTotal) {
    }

    /** One stage's row of {@link #countsByStage}. */
    private record StageCount(LeadStage stage, long shown, long confidentialNotShown) {
    }

    /** Per stage, the leads a viewer sees and the confidential leads of others left out. */
    record StageCounts(Map<LeadStage, Long> shown, Map<LeadStage, Long> confidentialNotShown) {
    }

    static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** The filter's conditions over l (lead) and o (its owner), with what the viewer may see. */
    private JpqlWhere where(LeadFilter filter, Viewer viewer, LocalDate today) {
        var where = new JpqlWhere();
        if (!viewer.seesAllConfidential()) {
            where.and("(l.confidential = false or o.id = :viewerId)", "viewerId", viewer.userId());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.and("l.searchText like :search escape '\\'", "search", SearchText.containsPattern(filter.search()));
        }
        if (filter.stage() != null) {
            where.and("l.stage = :stage", "stage", filter.stage());
        }
        if (filter.ownerId() != null) {
            where.and("o.id = :ownerId", "ownerId", filter.ownerId());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            where.and("l.sector = :sector", "sector", filter.sector());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.and("l.country = :country", "country", filter.country());
        }
        if (filter.interestKind() != null) {
            where.and("l.interestKind = :interestKind", "interestKind", filter.interestKind());
        }
        if (filter.openOnly()) {
            where.and("l.stage in :openStages", "openStages",
                    Arrays.stream(LeadStage.values()).filter(LeadStage::isOpen).toList());
        }
        if (filter.reached() != null) {
            var reached = filter.reached();
            where.and("exists (select 1 from StageChange c where c.lead = l and "
                    + (reached.stage() == null ? "c.fromStage is null" : "c.toStage = :reachedStage")
                    + " and c.changedAt >= :reachedFrom and c.changedAt < :reachedUntil)")
                    .with("reachedFrom", reached.from().atStartOfDay(zone).toInstant())
                    .with("reachedUntil", reached.to().plusDays(1).atStartOfDay(zone).toInstant());
            if (reached.stage() != null) {
                where.with("reachedStage", reached.stage());
            }
        }
        if (filter.nextActionDue() != null) {
            switch (filter.nextActionDue()) {
                case OVERDUE -> where.and("l.nextActionDue < :dueBefore and l.stage not in :closed")
                        .with("dueBefore", today).with("closed", CLOSED);
                case BY_END_OF_WEEK -> where.and("l.nextActionDue <= :dueBy and l.stage not in :closed")
                        .with("dueBy", endOfWeek(today)).with("closed", CLOSED);
                case NONE_PLANNED -> where.and("l.nextActionDue is null");
            }
        }
        return where;
    }
}
