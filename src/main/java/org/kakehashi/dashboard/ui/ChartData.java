package org.kakehashi.dashboard.ui;

import java.util.List;

/**
 * What one chart shows, in the user's language: drawn by {@link DashboardCharts}, and read out as a table of the
 * same numbers (its text alternative) with each row a link to the list behind it.
 *
 * @param id a name for the chart, unique on the page
 * @param series the names of the values of each row, such as "expected" and "paid"
 * @param horizontal bars from the left, for long labels such as the stages of the funnel
 */
record ChartData(String id, String title, List<String> series, List<Row> rows, boolean horizontal, ListLink link) {

    /** One bar, or one group of bars. */
    record Row(String label, List<Number> values, ListLink link) {
    }

    /** How many bars the chart draws. */
    int bars() {
        return rows.size() * series.size();
    }
}
