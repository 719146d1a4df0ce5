package org.kakehashi.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardTestData;
import org.kakehashi.delegations.ui.DelegationListView;
import org.kakehashi.members.ui.DuesView;
import org.kakehashi.members.ui.MemberListView;
import org.kakehashi.pipeline.ui.LeadListView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The board's dashboard as a board member uses it: figures, charts, the lists behind them, and nothing to change. */
@Import(DashboardTestData.Config.class)
@TestPropertySource(properties = "kakehashi.demo-data=false")
class DashboardViewTest extends UiTest {

    @Autowired
    private DashboardTestData data;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void boardMember() {
        data.generateOnce(11, 300, 60, 250);
        login(DashboardTestData.BOARD);
        UI.getCurrent().navigate(DashboardView.class);
    }

    @Test
    void the_key_figures_of_this_calendar_year_show_the_members_active_today_and_their_change() {
        var view = _get(DashboardView.class);
        var active = card("active-members");

        assertThat(view.periodPicker.value()).isEqualTo(new DashboardPeriod(DashboardPeriod.Kind.CALENDAR, 2026));
        assertThat(value(active)).isEqualTo(String.valueOf(data.activeMembersOn(DashboardTestData.TODAY)));
        long change = data.activeMembersOn(DashboardTestData.TODAY)
                - data.activeMembersOn(java.time.LocalDate.of(2026, 1, 1));
        assertThat(text(active)).contains((change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change)
                + " since 1 Jan 2026");
        assertThat(active.getHref()).isEqualTo("members?activeOn=2026-06-15");
    }

    @Test
    void active_members_open_the_member_list_showing_as_many_members() {
        navigate(card("active-members").getHref());

        assertThat(GridKt._size(_get(_get(MemberListView.class), Grid.class)))
                .isEqualTo(data.activeMembersOn(DashboardTestData.TODAY));
    }

    @Test
    void each_kind_of_member_in_the_chart_opens_the_member_list_of_that_kind() {
        var kinds = chart("kinds");
        var rows = tableRows(kinds);
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            var link = row.child(0).child(0);
            int shown = Integer.parseInt(row.child(1).text());
            navigate(link.attr("href"));
            assertThat(GridKt._size(_get(_get(MemberListView.class), Grid.class))).as(link.text()).isEqualTo(shown);
            UI.getCurrent().navigate(DashboardView.class);
        }
    }

    @Test
    void dues_unpaid_open_the_dues_list_with_those_memberships() {
        var unpaid = card("dues-unpaid");
        long overdue = data.members.stream().filter(member -> member.duesStatus().equals("OVERDUE")).count();
        assertThat(value(unpaid)).isEqualTo(String.valueOf(overdue));
        assertThat(unpaid.getHref()).isEqualTo("members/dues?list=unpaid");

        navigate(unpaid.getHref());

        _get(DuesView.class);
        var tabs = _get(TabSheet.class);
        assertThat(tabs.getSelectedIndex()).isEqualTo(2);
        assertThat(GridKt._size((Grid<?>) tabs.getComponent(tabs.getSelectedTab()))).isEqualTo((int) overdue);
    }

    @Test
    void delegations_of_the_next_ninety_days_open_the_delegation_list_of_those_days() {
        var delegations = card("delegations");
        assertThat(delegations.getHref()).isEqualTo("delegations?from=2026-06-15&to=2026-09-13");

        navigate(delegations.getHref());

        var list = _get(DelegationListView.class);
        assertThat(GridKt._size(_get(list, Grid.class))).isEqualTo(Integer.parseInt(value(delegations)))
                .isPositive();
        assertThat(_get(list, Button.class, spec -> spec.withText("Starting 15 Jun 2026 – 13 Sept 2026")))
                .isNotNull();
    }

    @Test
    void confidential_leads_count_in_the_funnel_but_the_lead_list_behind_it_does_not_show_them() {
        var funnel = chart("funnel");
        var negotiation = tableRows(funnel).stream().filter(row -> row.child(0).child(0).attr("href")
                .endsWith("stage=NEGOTIATION")).findFirst().orElseThrow();
        long all = data.leads.stream().filter(lead -> lead.stage().equals("NEGOTIATION")).count();
        long confidential = data.leads.stream().filter(lead -> lead.stage().equals("NEGOTIATION"))
                .filter(DashboardTestData.Lead::confidential).count();
        assertThat(negotiation.child(1).text()).isEqualTo(String.valueOf(all));
        assertThat(confidential).isPositive();

        navigate(negotiation.child(0).child(0).attr("href"));

        assertThat(GridKt._size(_get(_get(LeadListView.class), Grid.class))).isEqualTo((int) (all - confidential));
    }

    @Test
    void a_chart_without_data_says_so_instead_of_drawing_bare_axes() {
        var link = ListLink.to(MemberListView.class);
        var empty = new ChartData("empty", "Members by city", List.of("Members"), List.of(), true, link);

        // no row, so nothing of the content is read
        var panel = new ChartPanel(null, empty, Locale.ENGLISH);

        assertThat(panel.svg.isVisible()).isFalse();
        assertThat(_get(panel, Paragraph.class).getText()).isEqualTo("Nothing to show for this period yet.");
    }

    @Test
    void a_city_written_as_markup_reads_as_text_in_the_table_of_numbers() {
        var city = "<img src=x onerror=alert(1)>Lund & \"Malmö\"";
        var link = ListLink.to(MemberListView.class, "city", city);
        var chart = new ChartData("cities", "Members by city", List.of("Members"),
                List.of(new ChartData.Row(city, List.of(3), link)), true, link);

        var panel = new ChartPanel(new DashboardContent(null, (key, arguments) -> key, Locale.ENGLISH), chart,
                Locale.ENGLISH);

        var row = tableRows(panel).getFirst();
        assertThat(row.select("img")).isEmpty();
        assertThat(row.child(0).text()).isEqualTo(city);
        assertThat(row.child(1).text()).isEqualTo("3");
        assertThat(row.child(0).child(0).attr("href")).isEqualTo(link.href()).startsWith("members?city=");
    }

    @Test
    void no_confidential_lead_shows_anywhere_on_the_dashboard_only_its_numbers() {
        var view = _get(DashboardView.class);
        var outcomes = _get(OutcomesGrid.class);
        var secretDelegation = data.leads.getFirst().delegationId();
        var shown = new StringBuilder(view.getElement().getOuterHTML());
        for (int row = 0; row < GridKt._size(outcomes); row++) {
            shown.append(GridKt._getFormattedRow(outcomes, row));
        }
        assertThat(shown.toString()).doesNotContain(DashboardTestData.SECRET_COMPANY);
        assertThat(data.delegations.stream().filter(d -> d.id() == secretDelegation).findFirst().orElseThrow()
                .start().getYear()).as("the secret lead's delegation is of a year the test can show")
                .isBetween(2025, 2027);
    }

    @Test
    void every_chart_draws_as_many_bars_as_its_table_has_numbers() {
        var panels = _find(ChartPanel.class);
        assertThat(panels).extracting(panel -> panel.getElement().getAttribute("data-chart"))
                .containsExactly("kinds", "cities", "funnel", "time-in-stage", "activities", "dues");
        for (var panel : panels) {
            long numbers = tableRows(panel).stream().mapToLong(row -> row.childrenSize() - 1).sum();
            assertThat(DashboardChartsTest.bars(svgOf(panel)))
                    .as(panel.getElement().getAttribute("data-chart")).isEqualTo(numbers);
        }
        assertThat(rowsOf(chart("funnel"))).isEqualTo(8);
        assertThat(rowsOf(chart("activities"))).isEqualTo(12);
    }

    @Test
    void the_fiscal_year_shows_april_to_march_and_the_activities_of_those_months() {
        var view = _get(DashboardView.class);
        userSets(view.periodPicker.kind, DashboardPeriod.Kind.FISCAL);

        assertThat(view.periodPicker.value()).isEqualTo(new DashboardPeriod(DashboardPeriod.Kind.FISCAL, 2026));
        var activities = chart("activities");
        var months = tableRows(activities).stream().map(row -> row.child(0).child(0).text()).toList();
        assertThat(months).hasSize(12).startsWith("Apr").endsWith("Mar");
        long april = data.activities.stream().filter(a -> a.date().getYear() == 2026 && a.date().getMonthValue() == 4)
                .count();
        var first = tableRows(activities).getFirst();
        assertThat(first.child(1).text()).isEqualTo(String.valueOf(april));
        assertThat(card("active-members").getElement().getText() + text(card("active-members")))
                .contains("since 1 Apr 2026");
    }

    @Test
    void the_page_says_when_the_figures_were_counted_and_refresh_counts_them_again() {
        var view = _get(DashboardView.class);
        var counted = org.kakehashi.common.ui.Formats.time(
                DashboardTestData.NOW.atZone(DashboardTestData.ZONE), Locale.ENGLISH);
        assertThat(_get(view, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("dashboard-as-of")).getText())
                .isEqualTo("Calendar year 2026 · as of 15 Jun 2026 · counted at " + counted);
        long unpaid = data.members.stream().filter(member -> member.duesStatus().equals("OVERDUE")).count();
        assertThat(value(card("dues-unpaid"))).isEqualTo(String.valueOf(unpaid));
        try {
            jdbc.update("update membership set dues_status = 'DUE' where dues_status = 'OVERDUE'");

            view.refresh.click();

            assertThat(value(card("dues-unpaid"))).isEqualTo("0");
        } finally {
            // the next test generates the data afresh
            data.members.clear();
        }
    }

    @Test
    void nothing_on_the_dashboard_changes_data() {
        var view = _get(DashboardView.class);
        assertThat(_find(view, Button.class)).as("only the refresh, which counts again").containsExactly(view.refresh);
        assertThat(_find(view, TextField.class)).isEmpty();
        assertThat(_find(view, Grid.class)).allSatisfy(grid -> assertThat(grid.getEditor().getBinder()).isNull());
        var service = org.kakehashi.dashboard.DashboardService.class;
        assertThat(service.getAnnotation(org.springframework.transaction.annotation.Transactional.class).readOnly())
                .isTrue();
        assertThat(List.of(service.getDeclaredMethods())).allSatisfy(method -> assertThat(
                method.getAnnotation(org.springframework.transaction.annotation.Transactional.class)).isNull());
    }

    private static FigureCard card(String id) {
        return _find(FigureCard.class).stream().filter(card -> card.getElement().getAttribute("data-figure")
                .equals(id)).findFirst().orElseThrow();
    }

    private static ChartPanel chart(String id) {
        return _find(ChartPanel.class).stream().filter(panel -> panel.getElement().getAttribute("data-chart")
                .equals(id)).findFirst().orElseThrow();
    }

    private static long rowsOf(ChartPanel panel) {
        return tableRows(panel).size();
    }

    /** The rows of a chart's table of numbers, as the browser reads its HTML. */
    private static List<org.jsoup.nodes.Element> tableRows(ChartPanel panel) {
        return org.jsoup.Jsoup.parseBodyFragment(panel.table.getElement().getOuterHTML()).select("tbody > tr");
    }

    private static String value(FigureCard card) {
        return card.getElement().getChild(1).getText();
    }

    private static String text(FigureCard card) {
        return card.getElement().getChild(2).getText();
    }

    private static String svgOf(ChartPanel panel) {
        return panel.svg.getInnerHtml();
    }

    private static void navigate(String href) {
        var parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }

}
