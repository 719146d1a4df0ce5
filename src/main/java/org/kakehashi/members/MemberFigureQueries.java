package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The board's member figures in one statement, whatever the register's size: the memberships are counted in the
 * database per kind and city of their organisation (a few dozen groups), and those counts added up here.
 */
@org.springframework.stereotype.Repository
class MemberFigureQueries {

    /**
     * A membership was active on a day as {@link MembershipRules} would have said then: started, not resigned,
     * paid at least once by that day, and not yet past its end date and the grace period. The end date is today's,
     * so a membership that lapsed and was renewed since counts as active in between.
     */
    private static final String ACTIVE_ON = """
            m.start_date <= :%1$s and (m.resigned_on is null or m.resigned_on > :%1$s)
             and m.end_date >= :%1$sLessGrace and p.first_paid <= :%1$s""";

    // Native SQL for the join on each membership's first payment, a derived table; the same on H2 and PostgreSQL
    private static final String BY_KIND_AND_CITY = """
            select o.kind, o.city,
                sum(case when %s then 1 else 0 end),
                sum(case when %s then 1 else 0 end),
                sum(case when m.dues_status = 'OVERDUE' then 1 else 0 end)
            from membership m
            join organisation o on o.id = m.organisation_id
            left join (select membership_id, min(paid_date) as first_paid from dues_payment group by membership_id) p
                on p.membership_id = m.id
            where o.archived = false
            group by o.kind, o.city""".formatted(ACTIVE_ON.formatted("day"), ACTIVE_ON.formatted("start"));

    /** One row of {@link #BY_KIND_AND_CITY}: the memberships of organisations of one kind in one city. */
    private record Group(OrganisationKind kind, String city, long active, long activeAtStart, long duesUnpaid) {

        static Group of(Tuple row) {
            return new Group(OrganisationKind.valueOf(row.get(0, String.class)), row.get(1, String.class),
                    number(row.get(2)), number(row.get(3)), number(row.get(4)));
        }

        private static long number(Object value) {
            return value == null ? 0 : ((Number) value).longValue();
        }
    }

    private final EntityManager entityManager;

    MemberFigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    MemberFigures figures(LocalDate start, LocalDate day, int graceDays, int cities) {
        var query = entityManager.createNativeQuery(BY_KIND_AND_CITY, Tuple.class);
        setDay(query, "day", day, graceDays);
        setDay(query, "start", start, graceDays);
        var byKind = new EnumMap<OrganisationKind, Long>(OrganisationKind.class);
        for (var kind : OrganisationKind.values()) {
            byKind.put(kind, 0L);
        }
        Map<String, Long> byCity = new HashMap<>();
        long active = 0;
        long activeAtStart = 0;
        long duesUnpaid = 0;
        for (var row : query.getResultList()) {
            var group = Group.of((Tuple) row);
            active += group.active();
            activeAtStart += group.activeAtStart();
            duesUnpaid += group.duesUnpaid();
            byKind.merge(group.kind(), group.active(), Long::sum);
            if (group.city() != null && group.active() > 0) {
                byCity.merge(group.city(), group.active(), Long::sum);
            }
        }
        var topCities = byCity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
                .limit(cities)
                .map(entry -> new MemberFigures.CityCount(entry.getKey(), entry.getValue()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        long inTopCities = topCities.stream().mapToLong(MemberFigures.CityCount::members).sum();
        return new MemberFigures(active, activeAtStart, duesUnpaid, byKind, topCities, active - inTopCities);
    }

    private static void setDay(jakarta.persistence.Query query, String name, LocalDate day, int graceDays) {
        query.setParameter(name, day);
        query.setParameter(name + "LessGrace", day.minusDays(graceDays));
    }
}
