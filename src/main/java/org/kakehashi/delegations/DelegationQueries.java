package org.kakehashi.delegations;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/** The filtered, sorted pages of the delegation list: one query for the rows with their relations, one to count. */
@Repository
class DelegationQueries {

    /** The sort keys the list offers; anything else is refused. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "d.title",
            "direction", "d.direction",
            "homeCity", "d.homeCity",
            "startDate", "d.startDate",
            "endDate", "d.endDate",
            "status", "d.status");

    private final EntityManager entityManager;

    DelegationQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<Delegation> page(DelegationFilter filter, Pageable pageable) {
        var where = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (filter.direction() != null) {
            where.add("d.direction = :direction");
            parameters.put("direction", filter.direction());
        }
        if (filter.status() != null) {
            where.add("d.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.year() != null) {
            where.add("d.startDate <= :yearEnd and d.endDate >= :yearStart");
            parameters.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            parameters.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.add("(lower(d.homeCity) = :city or lower(d.visitedCities) like :cityPattern escape '\\')");
            var city = filter.city().strip().toLowerCase();
            parameters.put("city", city);
            parameters.put("cityPattern",
                    "%" + city.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var whereClause = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        var rows = entityManager.createQuery("select d from Delegation d left join fetch d.hostOrganisation"
                + " left join fetch d.responsibleOfficer" + whereClause + orderBy(pageable.getSort()), Delegation.class);
        var count = entityManager.createQuery("select count(d) from Delegation d" + whereClause, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        var content = rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    private static String orderBy(Sort sort) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            var path = SORTABLE.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("The delegation list cannot be sorted by " + order.getProperty());
            }
            orders.add(path + (order.isAscending() ? " asc" : " desc"));
        }
        if (orders.isEmpty()) {
            orders.add("d.startDate desc");
        }
        orders.add("d.id asc");
        return " order by " + String.join(", ", orders);
    }
}
