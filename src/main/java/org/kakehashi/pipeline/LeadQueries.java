package org.kakehashi.pipeline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kakehashi.common.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    private final EntityManager entityManager;
    private final ZoneId zone;

    LeadQueries(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.zone = clock.getZone();
    }

    Page<Lead> page(LeadFilter filter, Pageable pageable, Viewer viewer, LocalDate today) {
        var where = new Where(filter, viewer, today, zone);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(l) from Lead l join l.owner o" + where.clause, Long.class);
        where.parameters.forEach(count::setParameter);
        return new PageImpl<>(rows(where, pageable), pageable, count.getSingleResult());
    }

    /** The rows of a page without counting them all, for a board column whose total is known. */
    List<Lead> rows(LeadFilter filter, Pageable pageable, Viewer viewer, LocalDate today) {
        return rows(new Where(filter, viewer, today, zone), pageable);
    }

    private List<Lead> rows(Where where, Pageable pageable) {
        TypedQuery<Lead> rows = entityManager.createQuery(
                "select l from Lead l join fetch l.owner o left join fetch l.referringPartner p" + where.clause
                        + orderBy(pageable.getSort()), Lead.class);
        where.parameters.forEach(rows::setParameter);
        return rows.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /**
     * The first cards of every stage (in the board's order) and each stage's total, in one pass over the leads: their
     * ids, positions and totals by window functions, then those leads with their owner and referring partner.
     */
    List<BoardColumn> board(LeadFilter filter, int cardsPerColumn, Viewer viewer, LocalDate today) {
        var where = new Where(filter, viewer, today, zone);
        var ranked = entityManager.createQuery("""
                select r.id, r.stage, r.total from (
                    select l.id as id, l.stage as stage,
                        row_number() over (partition by l.stage order by l.nextActionDue, l.companyName, l.id)
                            as position,
                        count(*) over (partition by l.stage) as total
                    from Lead l join l.owner o""" + where.clause + """
                ) r where r.position <= :cards order by r.stage, r.position""", Object[].class);
        where.parameters.forEach(ranked::setParameter);
        ranked.setParameter("cards", cardsPerColumn);
        var totals = new EnumMap<LeadStage, Long>(LeadStage.class);
        var order = new ArrayList<Long>();
        for (var row : ranked.getResultList()) {
            order.add((Long) row[0]);
            totals.put((LeadStage) row[1], ((Number) row[2]).longValue());
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
        var where = new Where(filter, new Viewer(viewer.userId(), true), today, zone);
        boolean all = viewer.seesAllConfidential();
        var query = entityManager.createQuery("select l.stage, "
                + (all ? "count(l), 0" : "sum(case when l.confidential = false or o.id = :me then 1 else 0 end), "
                        + "sum(case when l.confidential = true and o.id <> :me then 1 else 0 end)")
                + " from Lead l join l.owner o" + where.clause + " group by l.stage", Object[].class);
        where.parameters.forEach(query::setParameter);
        if (!all) {
            query.setParameter("me", viewer.userId());
        }
        var shown = new EnumMap<LeadStage, Long>(LeadStage.class);
        var hidden = new EnumMap<LeadStage, Long>(LeadStage.class);
        for (var stage : LeadStage.values()) {
            shown.put(stage, 0L);
            hidden.put(stage, 0L);
        }
        for (var row : query.getResultList()) {
            shown.put((LeadStage) row[0], ((Number) row[1]).longValue());
            hidden.put((LeadStage) row[0], ((Number) row[2]).longValue());
        }
        return new StageCounts(shown, hidden);
    }

    /** Per stage, the leads a viewer sees and the confidential leads of others left out. */
    record StageCounts(Map<LeadStage, Long> shown, Map<LeadStage, Long> confidentialNotShown) {
    }

    static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private static String orderBy(Sort sort) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            var path = SORTABLE.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("The lead list cannot be sorted by " + order.getProperty());
            }
            orders.add(path + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("l.companyName asc");
        orders.add("l.id asc");
        return " order by " + String.join(", ", orders);
    }

    /** The where clause of a filter, with its parameters. */
    private static final class Where {

        final Map<String, Object> parameters = new HashMap<>();
        final String clause;

        Where(LeadFilter filter, Viewer viewer, LocalDate today, ZoneId zone) {
            var conditions = new ArrayList<String>();
            if (!viewer.seesAllConfidential()) {
                conditions.add("(l.confidential = false or o.id = :viewerId)");
                parameters.put("viewerId", viewer.userId());
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                conditions.add("l.searchText like :search escape '\\'");
                parameters.put("search", SearchText.containsPattern(filter.search()));
            }
            if (filter.stage() != null) {
                conditions.add("l.stage = :stage");
                parameters.put("stage", filter.stage());
            }
            if (filter.ownerId() != null) {
                conditions.add("o.id = :ownerId");
                parameters.put("ownerId", filter.ownerId());
            }
            if (filter.sector() != null && !filter.sector().isBlank()) {
                conditions.add("l.sector = :sector");
                parameters.put("sector", filter.sector());
            }
            if (filter.country() != null && !filter.country().isBlank()) {
                conditions.add("l.country = :country");
                parameters.put("country", filter.country());
            }
            if (filter.interestKind() != null) {
                conditions.add("l.interestKind = :interestKind");
                parameters.put("interestKind", filter.interestKind());
            }
            if (filter.openOnly()) {
                conditions.add("l.stage in :openStages");
                parameters.put("openStages", java.util.Arrays.stream(LeadStage.values()).filter(LeadStage::isOpen)
                        .toList());
            }
            if (filter.reached() != null) {
                var reached = filter.reached();
                conditions.add("exists (select 1 from StageChange c where c.lead = l and "
                        + (reached.stage() == null ? "c.fromStage is null" : "c.toStage = :reachedStage")
                        + " and c.changedAt >= :reachedFrom and c.changedAt < :reachedUntil)");
                if (reached.stage() != null) {
                    parameters.put("reachedStage", reached.stage());
                }
                parameters.put("reachedFrom", reached.from().atStartOfDay(zone).toInstant());
                parameters.put("reachedUntil", reached.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            if (filter.nextActionDue() != null) {
                switch (filter.nextActionDue()) {
                    case OVERDUE -> {
                        conditions.add("l.nextActionDue < :dueBefore and l.stage not in :closed");
                        parameters.put("dueBefore", today);
                        parameters.put("closed", List.of(LeadStage.ESTABLISHED, LeadStage.LOST));
                    }
                    case BY_END_OF_WEEK -> {
                        conditions.add("l.nextActionDue <= :dueBy and l.stage not in :closed");
                        parameters.put("dueBy", endOfWeek(today));
                        parameters.put("closed", List.of(LeadStage.ESTABLISHED, LeadStage.LOST));
                    }
                    case NONE_PLANNED -> conditions.add("l.nextActionDue is null");
                }
            }
            clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
