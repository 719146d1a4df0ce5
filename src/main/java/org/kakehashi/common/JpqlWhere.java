package org.kakehashi.common;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The where clause of a filtered list, built from the conditions the filter sets, with their named parameters: the
 * one way the organisation, lead and delegation lists (and the dues lists) put their dynamic queries together.
 *
 * <p>Why JPQL text rather than Specifications or the Criteria API: the tuned queries are HQL that the Criteria API
 * writes poorly or not at all. The board ranks the leads of every stage with window functions over a derived table;
 * the member register finds a page's ids first, joining the membership only when needed, and sorts by
 * {@code lower(name)} while searching; all of them match with a LIKE that a trigram index serves. Written as text,
 * each query reads as the SQL measured in bench/README.md, and the filter that feeds it is a list of plain ifs.
 * Values always go in as parameters, never into the text.
 */
public final class JpqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition, joined to the others by "and"; its parameters are set with {@link #with}. */
    public JpqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with its one parameter. */
    public JpqlWhere and(String condition, String parameter, Object value) {
        return and(condition).with(parameter, value);
    }

    public JpqlWhere with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** {@code " where a and b"} to follow the from clause, or nothing when no condition was added. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Sets the parameters on a query whose text includes {@link #clause()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The LIKE pattern for "contains" (with {@code escape '\'}), LIKE's own wildcards in the text taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The order by clause of the sort a list asks for, then the tie-breakers that make its pages stable. Only the
     * keys of {@code sortable} are offered, each mapped to what the query sorts by; any other is refused.
     */
    public static String orderBy(Sort sort, Map<String, String> sortable, String list, String... tieBreakers) {
        var orders = new ArrayList<String>();
        for (var order : sort) {
            var path = sortable.get(order.getProperty());
            if (path == null) {
                throw new IllegalArgumentException("The " + list + " cannot be sorted by " + order.getProperty());
            }
            orders.add(path + (order.isAscending() ? " asc" : " desc"));
        }
        orders.addAll(List.of(tieBreakers));
        return " order by " + String.join(", ", orders);
    }
}
