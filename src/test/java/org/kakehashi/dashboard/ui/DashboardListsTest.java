package org.kakehashi.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kakehashi.UiTest;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardPeriod.Kind;
import org.kakehashi.dashboard.DashboardService;
import org.kakehashi.dashboard.DashboardTestData;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.ui.LeadBoardView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Every figure and every bar of the dashboard opens exactly the rows it counts, for the period chosen: the list it
 * links to holds as many rows as the number shown, with the confidential leads it counts but does not show said
 * beside the list ("+2 confidential"). Over generated data, for this and last calendar and fiscal year.
 */
@Import(DashboardTestData.Config.class)
@TestPropertySource(properties = "kakehashi.demo-data=false")
class DashboardListsTest extends UiTest {

    @Autowired
    private DashboardTestData data;

    @Autowired
    private DashboardService dashboard;

    @BeforeEach
    void boardMember() {
        data.generateOnce(13, 300, 60, 250);
        login(DashboardTestData.BOARD);
    }

    static List<DashboardPeriod> periods() {
        return List.of(new DashboardPeriod(Kind.CALENDAR, 2026), new DashboardPeriod(Kind.FISCAL, 2026),
                new DashboardPeriod(Kind.CALENDAR, 2025), new DashboardPeriod(Kind.FISCAL, 2025));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void every_figure_opens_a_list_of_as_many_rows_as_it_counts(DashboardPeriod period) {
        var figures = dashboard.figures(period);
        var pipeline = figures.pipeline();
        showDashboard(period);
        var shown = new java.util.LinkedHashMap<String, Long>();
        var hrefs = new java.util.HashMap<String, String>();
        for (var card : _find(FigureCard.class)) {
            var id = card.getElement().getAttribute("data-figure");
            hrefs.put(id, card.getHref());
            if (List.of("active-members", "dues-unpaid", "delegations", "established").contains(id)) {
                shown.put(id, Long.parseLong(card.getElement().getChild(1).getText().replace(",", "")));
            }
        }
        // the weighted pipeline weighs the open leads; conversion is a share of the leads that entered
        shown.put("weighted-pipeline", pipeline.openLeads());
        shown.put("conversion", figures.conversion().leads());

        shown.forEach((id, number) -> assertThat(rowsBehind(hrefs.get(id))).as(id + " of " + period + ": "
                + hrefs.get(id)).isEqualTo(number));
        assertThat(figures.members().active()).as("members are counted in the past period too").isPositive();
        assertThat(pipeline.established()).isPositive();
        assertThat(figures.conversion().leads()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("periods")
    void every_bar_opens_a_list_of_as_many_rows_as_it_counts(DashboardPeriod period) {
        showDashboard(period);
        var rows = new java.util.LinkedHashMap<String, List<org.jsoup.nodes.Element>>();
        for (var chart : List.of("kinds", "cities", "funnel", "activities")) {
            rows.put(chart, tableRows(chart));
        }
        rows.forEach((chart, bars) -> {
            assertThat(bars).as(chart).isNotEmpty();
            long total = 0;
            for (var row : bars) {
                long shown = Long.parseLong(row.child(1).text().replace(",", ""));
                var href = row.child(0).child(0).attr("href");
                assertThat(rowsBehind(href)).as(chart + " " + row.child(0).text() + " of " + period + ": " + href)
                        .isEqualTo(shown);
                total += shown;
            }
            assertThat(total).as(chart).isPositive();
        });
    }

    @Test
    void the_board_counts_each_stage_as_the_dashboard_does_saying_how_many_are_confidential() {
        var funnel = dashboard.figures(new DashboardPeriod(Kind.CALENDAR, 2026)).pipeline().byStage();
        UI.getCurrent().navigate(LeadBoardView.class);

        long confidentialShownApart = 0;
        for (var stage : LeadStage.values()) {
            var column = _find(com.vaadin.flow.component.html.Div.class).stream()
                    .filter(div -> stage.name().equals(div.getElement().getAttribute("data-stage"))).findFirst()
                    .orElseThrow();
            long cards = Long.parseLong(_get(column, Span.class, spec -> spec.withClasses("stage-column-count"))
                    .getText());
            long confidential = confidential(column);
            assertThat(cards + confidential).as(stage.name()).isEqualTo(funnel.get(stage));
            confidentialShownApart += confidential;
        }
        assertThat(confidentialShownApart).isEqualTo(data.leads.stream()
                .filter(DashboardTestData.Lead::confidential).count()).isPositive();
        var negotiation = _find(Span.class, spec -> spec.withClasses("confidential-not-shown")).stream()
                .filter(Component::isVisible).map(Span::getText).toList();
        assertThat(negotiation).allMatch(text -> text.matches("\\+\\d+ confidential"));
    }

    @Test
    void the_pipeline_board_shows_this_years_conversion_and_the_time_in_each_stage_each_opening_its_list() {
        var figures = dashboard.figures(new DashboardPeriod(Kind.CALENDAR, 2026));
        UI.getCurrent().navigate(LeadBoardView.class);

        var conversion = _get(com.vaadin.flow.router.RouterLink.class,
                spec -> spec.withClasses("pipeline-conversion"));
        assertThat(conversion.getText()).isEqualTo("Conversion 2026: %d of %d leads that entered are established (%s)"
                .formatted(figures.conversion().established(), figures.conversion().leads(),
                        java.text.NumberFormat.getPercentInstance(java.util.Locale.ENGLISH)
                                .format(figures.conversion().rate())));
        var times = _find(com.vaadin.flow.router.RouterLink.class).stream()
                .filter(link -> link.getElement().hasAttribute("data-stage")).toList();
        assertThat(times).extracting(link -> LeadStage.valueOf(link.getElement().getAttribute("data-stage")))
                .containsExactlyElementsOf(figures.timeInStage().keySet()).isNotEmpty();
        var first = times.getFirst();
        var stage = LeadStage.valueOf(first.getElement().getAttribute("data-stage"));
        assertThat(first.getText()).endsWith(figures.timeInStage().get(stage).toDays() + " days");
        var stageHref = first.getHref();

        assertThat(rowsBehind(conversion.getHref()))
                .isEqualTo(figures.conversion().leads()).isPositive();
        assertThat(rowsBehind(stageHref)).isEqualTo(figures.pipeline().byStage().get(stage));
    }

    private void showDashboard(DashboardPeriod period) {
        UI.getCurrent().navigate(DashboardView.class);
        var view = _get(DashboardView.class);
        userSets(view.periodPicker.kind, period.kind());
        userSets(view.periodPicker.year, period.year());
        assertThat(view.periodPicker.value()).isEqualTo(period);
    }

    /** Opens the list and counts its rows, and the confidential leads it says it leaves out. */
    private static long rowsBehind(String href) {
        var parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        var view = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        Grid<?> grid = _find(view, TabSheet.class).stream().findFirst()
                .map(tabs -> (Grid<?>) tabs.getComponent(tabs.getSelectedTab()))
                .orElseGet(() -> _get(view, Grid.class));
        return GridKt._size(grid) + confidential(view);
    }

    private static long confidential(Component within) {
        return _find(within, Span.class, spec -> spec.withClasses("confidential-not-shown")).stream()
                .filter(Component::isVisible)
                .mapToLong(span -> Long.parseLong(span.getElement().getAttribute("data-count"))).sum();
    }

    private static List<org.jsoup.nodes.Element> tableRows(String chart) {
        var panel = _find(ChartPanel.class).stream()
                .filter(p -> p.getElement().getAttribute("data-chart").equals(chart)).findFirst().orElseThrow();
        return org.jsoup.Jsoup.parseBodyFragment(panel.table.getElement().getOuterHTML()).select("tbody > tr");
    }
}
