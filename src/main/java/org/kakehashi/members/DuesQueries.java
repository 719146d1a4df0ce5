package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The secretary's dues lists, aggregated in the database: a year's expected and paid dues per member and in total,
 * the renewals coming up, and the dues unpaid.
 */
@Repository
class DuesQueries {

    /** A membership runs during a year when it started by the year's end and was not ended before it began. */
    private static final String RUNS_IN_YEAR =
            "m.startDate <= :yearEnd and (m.resignedOn is null or m.resignedOn >= :yearStart)";

    private final EntityManager entityManager;

    DuesQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<DuesLine> duesOfYear(int year, Pageable pageable) {
        var content = entityManager.createQuery("""
                select new org.kakehashi.members.DuesLine(m.id, o.id, o.name, t.name, t.annualFee, t.currency,
                    coalesce(sum(p.amount), 0), m.duesStatus)
                from Membership m join m.organisation o join m.type t
                left join DuesPayment p on p.membership = m and p.periodYear = :year
                where""" + " " + RUNS_IN_YEAR + """
                 group by m.id, o.id, o.name, t.name, t.annualFee, t.currency, m.duesStatus
                order by o.name, m.id""", DuesLine.class);
        var count = entityManager.createQuery(
                "select count(m) from Membership m where " + RUNS_IN_YEAR, Long.class);
        setYear(content, year);
        setYear(count, year);
        var lines = content.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(lines, pageable, count.getSingleResult());
    }

    /** Expected and paid per currency for a year; payments count in the currency they were made in. */
    List<DuesTotal> totalsOfYear(int year) {
        var expected = entityManager.createQuery("""
                select t.currency, sum(t.annualFee) from Membership m join m.type t
                where""" + " " + RUNS_IN_YEAR + " group by t.currency", Object[].class);
        setYear(expected, year);
        var paid = entityManager.createQuery(
                "select p.currency, sum(p.amount) from DuesPayment p where p.periodYear = :year group by p.currency",
                Object[].class).setParameter("year", year);
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (var row : expected.getResultList()) {
            byCurrency.computeIfAbsent((String) row[0], c -> zeros())[0] = (BigDecimal) row[1];
        }
        for (var row : paid.getResultList()) {
            byCurrency.computeIfAbsent((String) row[0], c -> zeros())[1] = (BigDecimal) row[1];
        }
        return byCurrency.entrySet().stream()
                .map(entry -> new DuesTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    /** Memberships, with organisation and type, that renew within the window and have not been ended. */
    Page<Membership> renewalsDue(LocalDate from, LocalDate to, Pageable pageable) {
        return memberships("m.endDate between :from and :to and m.status <> 'RESIGNED'",
                Map.of("from", from, "to", to), Sort.by("endDate"), pageable);
    }

    /** Memberships whose dues for the current year are overdue. */
    Page<Membership> duesUnpaid(Pageable pageable) {
        return memberships("m.duesStatus = 'OVERDUE'", Map.of(), Sort.by("endDate"), pageable);
    }

    private Page<Membership> memberships(String where, Map<String, Object> parameters, Sort order, Pageable pageable) {
        var orderBy = order.stream().map(o -> "m." + o.getProperty()).reduce((a, b) -> a + ", " + b).orElse("m.id");
        var rows = entityManager.createQuery("select m from Membership m join fetch m.organisation o "
                + "join fetch m.type where " + where + " order by " + orderBy + ", o.name", Membership.class);
        var count = entityManager.createQuery("select count(m) from Membership m where " + where, Long.class);
        new HashMap<>(parameters).forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        var content = rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    private static void setYear(jakarta.persistence.Query query, int year) {
        query.setParameter("yearStart", LocalDate.of(year, 1, 1));
        query.setParameter("yearEnd", LocalDate.of(year, 12, 31));
        if (query.getParameters().stream().anyMatch(parameter -> "year".equals(parameter.getName()))) {
            query.setParameter("year", year);
        }
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
