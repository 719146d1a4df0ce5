package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
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
 * The filtered, sorted pages of the organisation list: one query for the rows (with their membership and type)
 * and one to count them, whatever the page size.
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

    private final EntityManager entityManager;

    OrganisationQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (!filter.includeArchived()) {
            where.add("o.archived = false");
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            where.add("o.searchText like :search escape '\\'");
            parameters.put("search", SearchText.containsPattern(filter.search()));
        }
        if (filter.kind() != null) {
            where.add("o.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add("o.city = :city");
            parameters.put("city", filter.city());
        }
        if (filter.membershipTypeId() != null) {
            where.add("t.id = :typeId");
            parameters.put("typeId", filter.membershipTypeId());
        }
        if (filter.status() != null) {
            where.add("m.status = :status");
            parameters.put("status", filter.status());
        }
        var whereClause = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        TypedQuery<Organisation> rows = entityManager.createQuery(
                "select o from Organisation o left join fetch o.membership m left join fetch m.type t"
                        + whereClause + orderBy(pageable.getSort()), Organisation.class);
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(o) from Organisation o left join o.membership m left join m.type t" + whereClause,
                Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Organisation> content = rows.setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    private static String orderBy(Sort sort) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            var path = SORTABLE.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("The organisation list cannot be sorted by " + order.getProperty());
            }
            orders.add(path + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("o.name asc");
        orders.add("o.id asc");
        return " order by " + String.join(", ", orders);
    }
}
