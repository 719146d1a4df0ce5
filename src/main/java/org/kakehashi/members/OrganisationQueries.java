package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kakehashi.common.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    private static final String MEMBERSHIP_JOINS = " left join o.membership m left join m.type t";
    private static final Set<String> INDEXED_TEXT = Set.of("o.name", "o.city");

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
        var where = Where.of(filter, graceDays);
        boolean searching = filter.search() != null && !filter.search().isBlank();
        var orderBy = orderBy(pageable.getSort(), searching);
        boolean joinMembership = filter.needsMembership()
                || orderBy.contains("m.") || orderBy.contains("t.");
        var idQuery = entityManager.createQuery("select o.id from Organisation o"
                + (joinMembership ? MEMBERSHIP_JOINS : "") + where.clause() + orderBy, Long.class);
        where.parameters().forEach(idQuery::setParameter);
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
        var where = Where.of(filter, graceDays);
        var joins = filter.needsMembership() ? MEMBERSHIP_JOINS : "";
        var count = entityManager.createQuery("select count(o) from Organisation o" + joins + where.clause(),
                Long.class);
        where.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    Page<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        return new PageImpl<>(list(filter, pageable), pageable, count(filter));
    }

    /** The filter as a where clause over o (organisation), m (membership) and t (type), with its parameters. */
    private record Where(String clause, Map<String, Object> parameters) {

        static Where of(OrganisationFilter filter, int graceDays) {
            var conditions = new ArrayList<String>();
            var parameters = new HashMap<String, Object>();
            if (!filter.includeArchived()) {
                conditions.add("o.archived = false");
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                conditions.add("o.searchText like :search escape '\\'");
                parameters.put("search", SearchText.containsPattern(filter.search()));
            }
            if (filter.kind() != null) {
                conditions.add("o.kind = :kind");
                parameters.put("kind", filter.kind());
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                conditions.add("o.city = :city");
                parameters.put("city", filter.city());
            }
            if (filter.membershipTypeId() != null) {
                conditions.add("t.id = :typeId");
                parameters.put("typeId", filter.membershipTypeId());
            }
            if (filter.status() != null) {
                conditions.add("m.status = :status");
                parameters.put("status", filter.status());
            }
            if (filter.activeOn() != null) {
                // as MemberFigureQueries counts the members active on a day, so the list holds what the figure counts
                conditions.add("""
                        m.startDate <= :activeOn and (m.resignedOn is null or m.resignedOn > :activeOn)
                        and m.endDate >= :activeOnLessGrace and exists (select 1 from DuesPayment p
                            where p.membership = m and p.paidDate <= :activeOn)""");
                parameters.put("activeOn", filter.activeOn());
                parameters.put("activeOnLessGrace", filter.activeOn().minusDays(graceDays));
            }
            if (!filter.otherThanCities().isEmpty()) {
                conditions.add("(o.city is null or o.city not in :otherThanCities)");
                parameters.put("otherThanCities", filter.otherThanCities());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }
    }

    /**
     * The order by clause. While searching, the indexed text columns are sorted by lower(…), an expression H2
     * cannot serve from the index: walking the name index in order and testing every row against '%part%' costs
     * H2 over 100 ms across 100,000 organisations when few match, while scanning and sorting the matches costs a
     * fraction of it (PostgreSQL finds them by its trigram index either way). Search results are thereby sorted
     * without regard to case, which reads well too.
     */
    private static String orderBy(Sort sort, boolean searching) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            var path = SORTABLE.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("The organisation list cannot be sorted by " + order.getProperty());
            }
            orders.add(sortExpression(path, searching) + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add(sortExpression("o.name", searching) + " asc");
        orders.add("o.id asc");
        return " order by " + String.join(", ", orders);
    }

    private static String sortExpression(String path, boolean searching) {
        return searching && INDEXED_TEXT.contains(path) ? "lower(" + path + ")" : path;
    }
}
