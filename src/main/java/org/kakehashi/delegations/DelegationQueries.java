package org.kakehashi.delegations;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kakehashi.common.JpqlWhere;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The filtered, sorted pages of the delegation list: one query for the rows with their relations, and one to count
 * them unless the first page already holds them all.
 */
@Component
class DelegationQueries {

    /** The sort keys the list offers, mapped to what the query sorts by. Anything else is refused. */
    static final Map<String, String> SORTABLE = Stream.of("title", "direction", "homeCity", "startDate", "endDate",
            "status").collect(Collectors.toUnmodifiableMap(property -> property, property -> "d." + property));

    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Order.desc("startDate"));

    private final EntityManager entityManager;

    DelegationQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<Delegation> page(DelegationFilter filter, Pageable pageable) {
        var where = where(filter);
        var orderBy = JpqlWhere.orderBy(pageable.getSort().isSorted() ? pageable.getSort() : DEFAULT_ORDER, SORTABLE,
                "delegation list", "d.id asc");
        var rows = where.bind(entityManager.createQuery("""
                select d from Delegation d
                left join fetch d.hostOrganisation
                left join fetch d.responsibleOfficer""" + where.clause() + orderBy, Delegation.class));
        if (pageable.isPaged()) {
            rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return PageableExecutionUtils.getPage(rows.getResultList(), pageable, () -> where.bind(
                entityManager.createQuery("select count(d) from Delegation d" + where.clause(), Long.class))
                .getSingleResult());
    }

    /** The filter's conditions over d (delegation). */
    private static JpqlWhere where(DelegationFilter filter) {
        var where = new JpqlWhere();
        if (filter.direction() != null) {
            where.and("d.direction = :direction", "direction", filter.direction());
        }
        if (filter.status() != null) {
            where.and("d.status = :status", "status", filter.status());
        }
        if (filter.year() != null) {
            where.and("d.startDate <= :yearEnd and d.endDate >= :yearStart")
                    .with("yearEnd", LocalDate.of(filter.year(), 12, 31))
                    .with("yearStart", LocalDate.of(filter.year(), 1, 1));
        }
        if (filter.startsFrom() != null) {
            where.and("d.startDate >= :startsFrom", "startsFrom", filter.startsFrom());
        }
        if (filter.startsTo() != null) {
            where.and("d.startDate <= :startsTo", "startsTo", filter.startsTo());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            var city = filter.city().strip().toLowerCase();
            where.and("(lower(d.homeCity) = :city or lower(d.visitedCities) like :visitedCity escape '\\')")
                    .with("city", city)
                    .with("visitedCity", JpqlWhere.containsPattern(city));
        }
        return where;
    }
}
