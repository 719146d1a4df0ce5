package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;

/** The board's member figures, counted in the database: three statements whatever the register's size. */
@org.springframework.stereotype.Repository
class MemberFigureQueries {

    /**
     * A membership was active on a day as {@link MembershipRules} would have said then: started, not resigned,
     * paid at least once by that day, and not yet past its end date and the grace period. The end date is today's,
     * so a membership that lapsed and was renewed since counts as active in between.
     */
    private static final String ACTIVE_ON = """
            (m.startDate <= :%1$s and (m.resignedOn is null or m.resignedOn > :%1$s) and m.endDate >= :%1$sLessGrace
             and exists (select 1 from DuesPayment p where p.membership = m and p.paidDate <= :%1$s))""";

    private final EntityManager entityManager;

    MemberFigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    MemberFigures figures(LocalDate start, LocalDate day, int graceDays, int cities) {
        var counts = entityManager.createQuery("select sum(case when " + ACTIVE_ON.formatted("day")
                + " then 1 else 0 end), sum(case when " + ACTIVE_ON.formatted("start") + " then 1 else 0 end),"
                + " sum(case when m.duesStatus = org.kakehashi.members.DuesStatus.OVERDUE then 1 else 0 end)"
                + " from Membership m", Object[].class);
        setDay(counts, "day", day, graceDays);
        setDay(counts, "start", start, graceDays);
        var row = counts.getSingleResult();

        var kinds = entityManager.createQuery("select o.kind, count(m) from Membership m join m.organisation o where "
                + ACTIVE_ON.formatted("day") + " group by o.kind", Object[].class);
        setDay(kinds, "day", day, graceDays);
        var byKind = new EnumMap<OrganisationKind, Long>(OrganisationKind.class);
        for (var kind : OrganisationKind.values()) {
            byKind.put(kind, 0L);
        }
        kinds.getResultList().forEach(kind -> byKind.put((OrganisationKind) kind[0], ((Number) kind[1]).longValue()));

        var cityRows = entityManager.createQuery("select o.city, count(m) from Membership m join m.organisation o where "
                + ACTIVE_ON.formatted("day") + " and o.city is not null group by o.city order by count(m) desc, o.city",
                Object[].class).setMaxResults(cities);
        setDay(cityRows, "day", day, graceDays);
        var byCity = new ArrayList<MemberFigures.CityCount>();
        cityRows.getResultList().forEach(city -> byCity.add(
                new MemberFigures.CityCount((String) city[0], ((Number) city[1]).longValue())));

        long active = number(row[0]);
        long inListedCities = byCity.stream().mapToLong(MemberFigures.CityCount::members).sum();
        return new MemberFigures(active, number(row[1]), number(row[2]), byKind, byCity, active - inListedCities);
    }

    private static void setDay(jakarta.persistence.Query query, String name, LocalDate day, int graceDays) {
        query.setParameter(name, day);
        query.setParameter(name + "LessGrace", day.minusDays(graceDays));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
