package org.kakehashi.dashboard.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.dashboard.DashboardFigures;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.delegations.ui.DelegationListView;
import org.kakehashi.members.ui.DuesView;
import org.kakehashi.members.MemberFigures;
import org.kakehashi.members.ui.MemberListView;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.ui.ActivityListView;
import org.kakehashi.pipeline.ui.LeadBoardView;
import org.kakehashi.pipeline.ui.LeadListView;

/**
 * The dashboard's figures put into words and charts in the user's language, each with the list behind it: what the
 * page and the PDF both show.
 */
final class DashboardContent {

    /** A translation of a key with its arguments, as a component's getTranslation. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    /** A key figure: its label, the figure, a line that explains it, and the list behind it. */
    record Figure(String id, String label, String value, String detail, ListLink link) {
    }

    private final DashboardFigures figures;
    private final Texts texts;
    private final Locale locale;

    DashboardContent(DashboardFigures figures, Texts texts, Locale locale) {
        this.figures = figures;
        this.texts = texts;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    DashboardFigures figures() {
        return figures;
    }

    String periodName() {
        var period = figures.period();
        return period.kind() == DashboardPeriod.Kind.CALENDAR ? texts.get("dashboard.period.calendar-year", period.year())
                : texts.get("dashboard.period.fiscal-year-of", period.year(), Formats.date(period.start(), locale),
                        Formats.date(period.end(), locale));
    }

    String asOf() {
        return texts.get("dashboard.as-of", Formats.date(figures.asOf(), locale));
    }

    /** When the figures were counted, as a time of day ("counted at 14:32"). */
    String countedAt() {
        return texts.get("dashboard.counted-at", Formats.time(figures.countedAt(), locale));
    }

    List<Figure> keyFigures() {
        var members = figures.members();
        var pipeline = figures.pipeline();
        var upcoming = figures.upcoming();
        var result = new ArrayList<Figure>();
        result.add(new Figure("active-members", texts.get("dashboard.figure.active-members"),
                number(members.active()),
                texts.get("dashboard.figure.active-members.change", signed(members.change()),
                        Formats.date(figures.period().start(), locale)),
                activeMembers()));
        result.add(new Figure("dues", texts.get("dashboard.figure.dues", figures.period().duesYear()),
                duesPaidShare(), duesLines(),
                ListLink.to(DuesView.class, "year", String.valueOf(figures.period().duesYear()))));
        result.add(new Figure("dues-unpaid", texts.get("dashboard.figure.dues-unpaid"), number(members.duesUnpaid()),
                texts.get("dashboard.figure.dues-unpaid.detail"), ListLink.to(DuesView.class, "list", "unpaid")));
        result.add(new Figure("delegations", texts.get("dashboard.figure.delegations"), number(upcoming.total()),
                texts.get("dashboard.figure.delegations.detail", upcoming.inbound(), upcoming.outbound(),
                        upcoming.confirmed()),
                ListLink.to(DelegationListView.class, "from", upcoming.from().toString(), "to",
                        upcoming.to().toString())));
        result.add(new Figure("weighted-pipeline", texts.get("dashboard.figure.weighted-jobs"),
                number(pipeline.weightedJobs()),
                texts.get("dashboard.figure.weighted-jobs.detail", number(pipeline.openLeads()),
                        money(pipeline.weightedInvestment())),
                ListLink.to(LeadListView.class, "open", "true")));
        result.add(new Figure("established", texts.get("dashboard.figure.established"),
                number(pipeline.established()),
                texts.get("dashboard.figure.established.detail", number(pipeline.establishedJobs())),
                inPeriod(ListLink.to(LeadListView.class, "stage", LeadStage.ESTABLISHED.name(), "reached",
                        LeadStage.ESTABLISHED.name()))));
        var conversion = figures.conversion();
        result.add(new Figure("conversion", texts.get("dashboard.figure.conversion"),
                conversion.leads() == 0 ? "–" : percent(conversion.rate()),
                texts.get("dashboard.figure.conversion.detail", number(conversion.established()),
                        number(conversion.leads())),
                inPeriod(ListLink.to(LeadListView.class, "reached", "ENTERED"))));
        return result;
    }

    List<ChartData> charts() {
        return List.of(membersByKind(), membersByCity(), funnel(), timeInStage(), activities(), dues());
    }

    /** The list of a lead figure of the period: the leads that reached a stage from its first day to its last. */
    private ListLink inPeriod(ListLink link) {
        return link.with("from", figures.period().start().toString()).with("to", figures.period().end().toString());
    }

    /** The members active on the day the figures are as of, as they are counted (today's, or a past period's). */
    private ListLink activeMembers(String... nameValuePairs) {
        return ListLink.to(MemberListView.class, nameValuePairs).with("activeOn", figures.asOf().toString());
    }

    /** Days on average in each stage a lead has been in, each bar opening the leads in that stage now. */
    ChartData timeInStage() {
        var rows = new ArrayList<ChartData.Row>();
        for (var stage : LeadStage.values()) {
            var time = figures.timeInStage().get(stage);
            if (time != null) {
                rows.add(new ChartData.Row(texts.get("pipeline.stage." + stage.name()), List.of(time.toDays()),
                        ListLink.to(LeadListView.class, "stage", stage.name())));
            }
        }
        return new ChartData("time-in-stage", texts.get("dashboard.chart.time-in-stage"),
                List.of(texts.get("dashboard.series.days")), rows, true, ListLink.to(LeadBoardView.class));
    }

    ChartData membersByKind() {
        var rows = figures.members().byKind().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new ChartData.Row(texts.get(entry.getKey().translationKey()), List.of(entry.getValue()),
                        activeMembers("kind", entry.getKey().name())))
                .toList();
        return new ChartData("kinds", texts.get("dashboard.chart.kinds"), List.of(texts.get("dashboard.series.members")),
                rows, true, activeMembers());
    }

    ChartData membersByCity() {
        var rows = new ArrayList<ChartData.Row>();
        for (var city : figures.members().byCity()) {
            rows.add(new ChartData.Row(city.city(), List.of(city.members()),
                    activeMembers("city", city.city())));
        }
        if (figures.members().inOtherCities() > 0) {
            var named = figures.members().byCity().stream().map(MemberFigures.CityCount::city).toList();
            rows.add(new ChartData.Row(texts.get("dashboard.chart.cities.other"),
                    List.of(figures.members().inOtherCities()), activeMembers().with("otherThan", named)));
        }
        return new ChartData("cities", texts.get("dashboard.chart.cities"),
                List.of(texts.get("dashboard.series.members")), rows, true, activeMembers());
    }

    /** Every stage in the board's order, so the funnel narrows from identified to established. */
    ChartData funnel() {
        var rows = new ArrayList<ChartData.Row>();
        for (var stage : LeadStage.values()) {
            rows.add(new ChartData.Row(texts.get("pipeline.stage." + stage.name()),
                    List.of(figures.pipeline().byStage().get(stage)),
                    ListLink.to(LeadListView.class, "stage", stage.name())));
        }
        return new ChartData("funnel", texts.get("dashboard.chart.funnel"), List.of(texts.get("dashboard.series.leads")),
                rows, true, ListLink.to(LeadBoardView.class));
    }

    ChartData activities() {
        var month = DateTimeFormatter.ofPattern("MMM", locale);
        var rows = figures.activitiesPerMonth().entrySet().stream()
                .map(entry -> new ChartData.Row(month.format(entry.getKey()), List.of(entry.getValue()),
                        ListLink.to(ActivityListView.class, "from", entry.getKey().atDay(1).toString(), "to",
                                entry.getKey().atEndOfMonth().toString())))
                .toList();
        return new ChartData("activities", texts.get("dashboard.chart.activities"),
                List.of(texts.get("dashboard.series.activities")), rows, false,
                ListLink.to(ActivityListView.class, "from", figures.period().start().toString(), "to",
                        figures.period().end().toString()));
    }

    ChartData dues() {
        var link = ListLink.to(DuesView.class, "year", String.valueOf(figures.period().duesYear()));
        var rows = figures.dues().stream()
                .map(total -> new ChartData.Row(total.currency(), List.of(total.expected(), total.paid()), link))
                .toList();
        return new ChartData("dues", texts.get("dashboard.chart.dues", figures.period().duesYear()),
                List.of(texts.get("dashboard.series.expected"), texts.get("dashboard.series.paid")), rows, false,
                link);
    }

    /** A value of a chart as the table shows it: a number, or an amount in the row's currency for the dues. */
    String value(ChartData chart, ChartData.Row row, Number value) {
        return chart.id().equals("dues") ? wholeMoney((BigDecimal) value, row.label()) : number(value);
    }

    String number(Number value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    String money(java.util.Map<String, BigDecimal> amounts) {
        return amounts.isEmpty() ? "–" : amounts.entrySet().stream()
                .map(entry -> wholeMoney(entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(" · "));
    }

    /** An amount in whole units of its currency: the board reads sums, not cents. */
    String wholeMoney(BigDecimal amount, String currency) {
        var format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(currency));
        format.setMaximumFractionDigits(0);
        format.setMinimumFractionDigits(0);
        return format.format(amount);
    }

    private String percent(double rate) {
        var format = java.text.NumberFormat.getPercentInstance(locale);
        return format.format(rate);
    }

    private String signed(long change) {
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + number(Math.abs(change));
    }

    /** The share of the expected dues paid, per currency when there are several. */
    private String duesPaidShare() {
        var dues = figures.dues();
        if (dues.isEmpty()) {
            return "–";
        }
        return dues.stream().map(total -> (dues.size() > 1 ? total.currency() + " " : "")
                + (total.expected().signum() == 0 ? "–" : total.paid().multiply(BigDecimal.valueOf(100))
                        .divide(total.expected(), 0, java.math.RoundingMode.HALF_UP) + " %"))
                .collect(Collectors.joining(" · "));
    }

    private String duesLines() {
        return figures.dues().stream().map(total -> texts.get("dashboard.figure.dues.line",
                        wholeMoney(total.paid(), total.currency()), wholeMoney(total.expected(), total.currency())))
                .collect(Collectors.joining(" · "));
    }
}
