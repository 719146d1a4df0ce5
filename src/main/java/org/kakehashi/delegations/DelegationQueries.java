package org.kakehashi.delegations;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The filtered, sorted pages of the delegation list: one query for the rows with their relations, one to count. */
@Component
class DelegationQueries {

    /** The sort keys the list offers; anything else is refused. */
    static final Set<String> SORTABLE = Set.of("title", "direction", "homeCity", "startDate", "endDate", "status");

    private static final Sort DEFAULT_ORDER = Sort.by(Sort.Order.desc("startDate"));

    private final DelegationRepository delegations;

    DelegationQueries(DelegationRepository delegations) {
        this.delegations = delegations;
    }

    Page<Delegation> page(DelegationFilter filter, Pageable pageable) {
        for (var order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("The delegation list cannot be sorted by " + order.getProperty());
            }
        }
        var sort = (pageable.getSort().isSorted() ? pageable.getSort() : DEFAULT_ORDER).and(Sort.by("id"));
        var sorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
        return delegations.findAll(matching(filter), sorted);
    }

    private static Specification<Delegation> matching(DelegationFilter filter) {
        return (root, query, builder) -> {
            var where = new ArrayList<Predicate>();
            if (filter.direction() != null) {
                where.add(builder.equal(root.get("direction"), filter.direction()));
            }
            if (filter.status() != null) {
                where.add(builder.equal(root.get("status"), filter.status()));
            }
            if (filter.year() != null) {
                where.add(builder.lessThanOrEqualTo(root.get("startDate"), LocalDate.of(filter.year(), 12, 31)));
                where.add(builder.greaterThanOrEqualTo(root.get("endDate"), LocalDate.of(filter.year(), 1, 1)));
            }
            if (filter.startsFrom() != null) {
                where.add(builder.greaterThanOrEqualTo(root.get("startDate"), filter.startsFrom()));
            }
            if (filter.startsTo() != null) {
                where.add(builder.lessThanOrEqualTo(root.get("startDate"), filter.startsTo()));
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                var city = filter.city().strip().toLowerCase();
                var pattern = "%" + city.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(builder.or(builder.equal(builder.lower(root.get("homeCity")), city),
                        builder.like(builder.lower(root.get("visitedCities")), pattern, '\\')));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }
}
