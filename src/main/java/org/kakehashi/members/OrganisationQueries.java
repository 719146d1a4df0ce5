package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kakehashi.common.JpqlWhere;
import org.kakehashi.common.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The filtered, sorted pages of the organisation list: two queries for the rows (with their membership and type),
 * whatever the page size, and one to count them where a count is wanted.
 */
@Repository
class OrganisationQueries {

    /** The sort keys the list offers, mapped to what the query sorts by. Anything else is refused. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name",
            "kind", "o.kind",
            "city", "o.city",
            "membershipType", "t.name",
            "status", "m.status",
            "endDate", "m.endDate",
            "duesStatus", "m.duesStatus");

    /**
     * The same while searching: the indexed text columns sorted by lower(…), an expression H2 cannot serve from the
     * index. Walking the name index in order and testing every row against '%part%' costs H2 over 100 ms across
     * 100,000 organisations when few match, while scanning and sorting the matches costs a fraction of it
     * (PostgreSQL finds them by its trigram index either way). Search results are thereby sorted without regard to
     * case, which reads well too.
     */
    private static final Map<String, String> SORTABLE_WHILE_SEARCHING = lowerCase(SORTABLE, "name", "city");

    private static final String MEMBERSHIP_JOINS = " left join o.membership m left join m.type t";

    private final EntityManager entityManager;
    private final int graceDays;

    OrganisationQueries(EntityManager entityManager,
            @Value("${kakehashi.members.grace-days:" + MembershipRules.DEFAULT_GRACE_DAYS + "}") int graceDays) {
        this.entityManager = entityManager;
        this.graceDays = graceDays;
    }

    /**
     * The rows of one page, with their membership and type, and no count: two statements. The first finds the
     * page's ids, joining the membership only when the filter or the order needs it; the second loads those rows
     * with their membership and type. So a search with thousands of matches sorts them without joining each.
     */
    List<Organisation> list(OrganisationFilter filter, Pageable pageable) {
        var where = where(filter);
        var sortable = filter.search() != null && !filter.search().isBlank() ? SORTABLE_WHILE_SEARCHING : SORTABLE;
        var orderBy = JpqlWhere.orderBy(pageable.getSort(), sortable, "organisation list",
                sortable.get("name") + " asc", "o.id asc");
        boolean joinMembership = filter.needsMembership()
                || orderBy.contains("m.") || orderBy.contains("t.");
        var idQuery = where.bind(entityManager.createQuery("select o.id from Organisation o"
                + (joinMembership ? MEMBERSHIP_JOINS : "") + where.clause() + orderBy, Long.class));
        var ids = idQuery.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = entityManager.createQuery("select o from Organisation o left join fetch o.membership m "
                + "left join fetch m.type t where o.id in :ids", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
        var position = new HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return rows.stream().sorted(Comparator.comparing(row -> position.get(row.getId()))).toList();
    }

    /** How many organisations match; joins the membership only when the filter asks about it. */
    long count(OrganisationFilter filter) {
        var where = where(filter);
        var joins = filter.needsMembership() ? MEMBERSHIP_JOINS : "";
        return where.bind(entityManager.createQuery("select count(o) from Organisation o" + joins + where.clause(),
                Long.class)).getSingleResult();
    }

    Page<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        return new PageImpl<>(list(filter, pageable), pageable, count(filter));
    }

    private static Map<String, String> lowerCase(Map<String, String> sortable, String... keys) {
        var lowerCase = new HashMap<>(sortable);
        for (var key : keys) {
            lowerCase.computeIfPresent(key, (k, path) -> "lower(" + path + ")");
        }
        return Map.copyOf(lowerCase);
    }

    /** The filter's conditions over o (organisation), m (membership) and t (type). */
    private JpqlWhere where(OrganisationFilter filter) {
        var where = new JpqlWhere();
        if (!filter.includeArchived()) {
            where.and("o.archived = false");
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.and("o.searchText like :search escape '\\'", "search", SearchText.containsPattern(filter.search()));
        }
        if (filter.kind() != null) {
            where.and("o.kind = :kind", "kind", filter.kind());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.and("o.city = :city", "city", filter.city());
        }
        if (filter.membershipTypeId() != null) {
            where.and("t.id = :typeId", "typeId", filter.membershipTypeId());
        }
        if (filter.status() != null) {
            where.and("m.status = :status", "status", filter.status());
        }
        if (filter.activeOn() != null) {
            // as MemberFigureQueries counts the members active on a day, so the list holds what the figure counts
            where.and("""
                    m.startDate <= :activeOn and (m.resignedOn is null or m.resignedOn > :activeOn)
                    and m.endDate >= :activeOnLessGrace and exists (select 1 from DuesPayment p
                        where p.membership = m and p.paidDate <= :activeOn)""")
                    .with("activeOn", filter.activeOn())
                    .with("activeOnLessGrace", filter.activeOn().minusDays(graceDays));
        }
        if (!filter.otherThanCities().isEmpty()) {
            where.and("(o.city is null or o.city not in :otherThanCities)", "otherThanCities",
                    filter.otherThanCities());
        }
        return where;
    }
}
