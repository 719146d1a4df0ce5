package org.kakehashi.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kakehashi.members.ui.MemberListView;

/** The charts are drawn on the server as SVG, one bar for each number of their data. */
class DashboardChartsTest {

    private static final ListLink LIST = ListLink.to(MemberListView.class);

    @Test
    void a_bar_chart_draws_one_bar_for_each_row_of_its_data() {
        for (int size : new int[] {1, 7, 12}) {
            var rows = new ArrayList<ChartData.Row>();
            for (int i = 0; i < size; i++) {
                rows.add(new ChartData.Row("Month " + i, List.of(10 + i), LIST));
            }
            var chart = new ChartData("test" + size, "Test", List.of("Activities"), rows, false, LIST);

            var svg = DashboardCharts.svg(chart, Locale.ENGLISH);

            assertThat(bars(svg)).as("bars of %d rows", size).isEqualTo(size);
            assertThat(svg).startsWith("<svg").contains("id='chart-test" + size + "'").contains(">" + (10 + size - 1) + "<");
        }
    }

    @Test
    void a_chart_of_two_series_draws_two_bars_per_row_and_a_legend() {
        var rows = List.of(new ChartData.Row("SEK", List.of(new BigDecimal("1200"), new BigDecimal("800")), LIST),
                new ChartData.Row("EUR", List.of(new BigDecimal("500"), BigDecimal.ZERO), LIST),
                new ChartData.Row("JPY", List.of(new BigDecimal("90000"), new BigDecimal("45000")), LIST));
        var chart = new ChartData("dues", "Dues", List.of("Expected", "Paid"), rows, false, LIST);

        var svg = DashboardCharts.svg(chart, Locale.ENGLISH);

        assertThat(bars(svg)).isEqualTo(6).isEqualTo(chart.bars());
        assertThat(svg).contains(">Expected<").contains(">Paid<");
    }

    @Test
    void two_charts_on_one_page_do_not_share_the_ids_of_their_definitions() {
        var one = DashboardCharts.svg(new ChartData("one", "One", List.of("Leads"),
                List.of(new ChartData.Row("A", List.of(1), LIST)), true, LIST), Locale.ENGLISH);
        var two = DashboardCharts.svg(new ChartData("two", "Two", List.of("Leads"),
                List.of(new ChartData.Row("A", List.of(1), LIST)), true, LIST), Locale.ENGLISH);

        var ids = Pattern.compile("id='([^']+)'");
        var idsOfOne = ids.matcher(one).results().map(match -> match.group(1)).toList();
        var idsOfTwo = ids.matcher(two).results().map(match -> match.group(1)).toList();
        assertThat(idsOfOne).isNotEmpty().doesNotContainAnyElementsOf(idsOfTwo);
    }

    /** The bars: JFreeChart's element hints put each data item in a group whose reference names its row and column. */
    static long bars(String svg) {
        return Pattern.compile("<g jfreesvg:ref=['\"]\\{[^'\"]*rowKey").matcher(svg).results().count();
    }
}
