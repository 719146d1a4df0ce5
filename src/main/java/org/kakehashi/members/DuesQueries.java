package org.kakehashi.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kakehashi.common.JpqlWhere;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The secretary's dues lists, aggregated in the database: a year's expected and paid dues per member and in total,
 * the renewals coming up, and the dues unpaid.
 */
@Repository
class DuesQueries {

    /** A sum in one currency: a row of {@link #totalsOfYear}'s queries. */
    private record CurrencySum(String currency, BigDecimal amount) {
    }

    private final EntityManager entityManager;

    DuesQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<DuesLine> duesOfYear(int year, Pageable pageable) {
        var runs = runningIn(year);
        var content = runs.bind(entityManager.createQuery("""
                select new org.kakehashi.members.DuesLine(m.id, o.id, o.name, t.name, t.annualFee, t.currency,
                    coalesce(sum(p.amount), 0), m.duesStatus)
                from Membership m join m.organisation o join m.type t
                left join DuesPayment p on p.membership = m and p.periodYear = :year""" + runs.clause() + """
                 group by m.id, o.id, o.name, t.name, t.annualFee, t.currency, m.duesStatus
                order by o.name, m.id""", DuesLine.class)).setParameter("year", year);
        var count = runs.bind(entityManager.createQuery("select count(m) from Membership m" + runs.clause(),
                Long.class));
        var lines = content.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(lines, pageable, count.getSingleResult());
    }

    /** Expected and paid per currency for a year; payments count in the currency they were made in. */
    List<DuesTotal> totalsOfYear(int year) {
        var runs = runningIn(year);
        var expected = byCurrency(runs.bind(entityManager.createQuery("""
                select t.currency, sum(t.annualFee) from Membership m join m.type t""" + runs.clause()
                + " group by t.currency", CurrencySum.class)));
        var paid = byCurrency(entityManager.createQuery(
                "select p.currency, sum(p.amount) from DuesPayment p where p.periodYear = :year group by p.currency",
                CurrencySum.class).setParameter("year", year));
        var currencies = new TreeSet<>(expected.keySet());
        currencies.addAll(paid.keySet());
        return currencies.stream()
                .map(currency -> new DuesTotal(currency, expected.getOrDefault(currency, BigDecimal.ZERO),
                        paid.getOrDefault(currency, BigDecimal.ZERO)))
                .toList();
    }

    /** Memberships, with organisation and type, that renew within the window and have not been ended. */
    Page<Membership> renewalsDue(LocalDate from, LocalDate to, Pageable pageable) {
        return memberships(new JpqlWhere().and("m.endDate between :from and :to and m.status <> 'RESIGNED'")
                .with("from", from).with("to", to), pageable);
    }

    /** Memberships whose dues for the current year are overdue. */
    Page<Membership> duesUnpaid(Pageable pageable) {
        return memberships(new JpqlWhere().and("m.duesStatus = 'OVERDUE'"), pageable);
    }

    private Page<Membership> memberships(JpqlWhere where, Pageable pageable) {
        var rows = where.bind(entityManager.createQuery("select m from Membership m join fetch m.organisation o "
                + "join fetch m.type" + where.clause() + " order by m.endDate, o.name", Membership.class));
        var count = where.bind(entityManager.createQuery("select count(m) from Membership m" + where.clause(),
                Long.class));
        var content = rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(content, pageable, count.getSingleResult());
    }

    /** A membership runs during a year when it started by the year's end and was not ended before it began. */
    private static JpqlWhere runningIn(int year) {
        return new JpqlWhere().and("m.startDate <= :yearEnd and (m.resignedOn is null or m.resignedOn >= :yearStart)")
                .with("yearEnd", LocalDate.of(year, 12, 31))
                .with("yearStart", LocalDate.of(year, 1, 1));
    }

    private static Map<String, BigDecimal> byCurrency(TypedQuery<CurrencySum> sums) {
        var byCurrency = new HashMap<String, BigDecimal>();
        sums.getResultList().forEach(sum -> byCurrency.put(sum.currency(), sum.amount()));
        return byCurrency;
    }
}
