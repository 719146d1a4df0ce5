package org.kakehashi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kakehashi.dashboard.DashboardPeriod.Kind;
import org.kakehashi.dashboard.DashboardTestData.Member;
import org.kakehashi.members.DuesTotal;
import org.kakehashi.members.MemberFigures;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Every figure of the dashboard equals what this test works out by itself from the generated data, for a calendar
 * year, the fiscal year under way, and a past fiscal year.
 */
@SpringBootTest
@Import(DashboardTestData.Config.class)
@TestPropertySource(properties = "kakehashi.demo-data=false")
@WithMockUser(roles = Roles.BOARD)
class DashboardFiguresTest {

    @Autowired
    private DashboardService dashboard;

    @Autowired
    private DashboardTestData data;

    @BeforeEach
    void generateOnce() {
        // the tests only read, so one generation serves them all
        data.generateOnce(7, 400, 60, 300);
    }

    static List<DashboardPeriod> periods() {
        return List.of(new DashboardPeriod(Kind.CALENDAR, 2026), new DashboardPeriod(Kind.FISCAL, 2026),
                new DashboardPeriod(Kind.FISCAL, 2025), new DashboardPeriod(Kind.CALENDAR, 2025));
    }

    @Test
    void the_fiscal_year_runs_from_april_to_march_and_is_named_after_the_year_it_starts_in() {
        var fiscal = DashboardPeriod.containing(Kind.FISCAL, LocalDate.of(2027, 3, 31));
        assertThat(fiscal).isEqualTo(new DashboardPeriod(Kind.FISCAL, 2026));
        assertThat(fiscal.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fiscal.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(DashboardPeriod.containing(Kind.FISCAL, LocalDate.of(2026, 4, 1)).year()).isEqualTo(2026);
        assertThat(fiscal.asOf(DashboardTestData.TODAY)).isEqualTo(DashboardTestData.TODAY);
        assertThat(new DashboardPeriod(Kind.FISCAL, 2025).asOf(DashboardTestData.TODAY))
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void member_figures_equal_the_members_counted_from_the_generated_register(DashboardPeriod period) {
        var figures = dashboard.figures(period);
        var asOf = period.asOf(DashboardTestData.TODAY);

        assertThat(figures.asOf()).isEqualTo(asOf);
        assertThat(figures.members().active()).isEqualTo(data.members.stream().filter(m -> activeOn(m, asOf)).count());
        assertThat(figures.members().activeAtStart())
                .isEqualTo(data.members.stream().filter(m -> activeOn(m, period.start())).count());
        assertThat(figures.members().active()).isPositive();
        assertThat(figures.members().duesUnpaid())
                .isEqualTo(data.members.stream().filter(m -> m.duesStatus().equals("OVERDUE")).count());

        var active = data.members.stream().filter(m -> activeOn(m, asOf)).toList();
        Map<OrganisationKind, Long> byKind = new TreeMap<>();
        for (var kind : OrganisationKind.values()) {
            byKind.put(kind, active.stream().filter(m -> m.kind().equals(kind.name())).count());
        }
        assertThat(new TreeMap<>(figures.members().byKind())).isEqualTo(byKind);

        var byCity = active.stream().filter(m -> m.city() != null)
                .collect(Collectors.groupingBy(Member::city, Collectors.counting()));
        var top = byCity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(DashboardService.CITIES)
                .map(entry -> new MemberFigures.CityCount(entry.getKey(), entry.getValue())).toList();
        assertThat(figures.members().byCity()).isEqualTo(top);
        assertThat(figures.members().inOtherCities())
                .isEqualTo(active.size() - top.stream().mapToLong(MemberFigures.CityCount::members).sum())
                .isPositive();
    }

    @ParameterizedTest
    @MethodSource("periods")
    void dues_expected_and_paid_are_summed_per_currency_for_the_periods_dues_year(DashboardPeriod period) {
        int year = period.year();
        var yearStart = LocalDate.of(year, 1, 1);
        var yearEnd = LocalDate.of(year, 12, 31);
        Map<String, BigDecimal[]> expected = new TreeMap<>();
        for (var member : data.members) {
            if (!member.start().isAfter(yearEnd)
                    && (member.resignedOn() == null || !member.resignedOn().isBefore(yearStart))) {
                var type = data.types.stream().filter(t -> t.id() == member.typeId()).findFirst().orElseThrow();
                expected.computeIfAbsent(type.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] =
                        expected.get(type.currency())[0].add(type.fee());
            }
        }
        for (var payment : data.payments) {
            if (payment.periodYear() == year) {
                var sums = expected.computeIfAbsent(payment.currency(),
                        c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[1] = sums[1].add(payment.amount());
            }
        }
        var dues = dashboard.figures(period).dues();
        assertThat(dues).extracting(DuesTotal::currency).containsExactlyElementsOf(expected.keySet());
        for (var total : dues) {
            assertThat(total.expected()).isEqualByComparingTo(expected.get(total.currency())[0]);
            assertThat(total.paid()).isEqualByComparingTo(expected.get(total.currency())[1]);
        }
    }

    @Test
    void delegations_of_the_next_ninety_days_are_those_starting_from_today_to_ninety_days_on() {
        var to = DashboardTestData.TODAY.plusDays(90);
        var coming = data.delegations.stream()
                .filter(d -> !d.start().isBefore(DashboardTestData.TODAY) && !d.start().isAfter(to)).toList();

        var upcoming = dashboard.figures(new DashboardPeriod(Kind.CALENDAR, 2026)).upcoming();

        assertThat(upcoming.from()).isEqualTo(DashboardTestData.TODAY);
        assertThat(upcoming.to()).isEqualTo(to);
        assertThat(upcoming.total()).isEqualTo(coming.size()).isPositive();
        assertThat(upcoming.inbound()).isEqualTo(coming.stream().filter(d -> d.direction().equals("INBOUND")).count());
        assertThat(upcoming.outbound()).isEqualTo(coming.stream().filter(d -> d.direction().equals("OUTBOUND")).count());
        assertThat(upcoming.confirmed()).isEqualTo(coming.stream().filter(d -> d.status().equals("CONFIRMED")).count());
    }

    @ParameterizedTest
    @MethodSource("periods")
    void pipeline_figures_count_every_lead_confidential_ones_too_and_weigh_the_open_ones(DashboardPeriod period) {
        var pipeline = dashboard.figures(period).pipeline();

        for (var stage : LeadStage.values()) {
            assertThat(pipeline.byStage().get(stage)).as(stage.name())
                    .isEqualTo(data.leads.stream().filter(l -> l.stage().equals(stage.name())).count());
        }
        var open = data.leads.stream().filter(l -> LeadStage.valueOf(l.stage()).isOpen()).toList();
        long jobsTimesProbability = open.stream()
                .mapToLong(l -> (long) Objects.requireNonNullElse(l.jobs(), 0) * l.probability()).sum();
        assertThat(pipeline.weightedJobs()).isEqualTo(Math.round(jobsTimesProbability / 100.0));
        var investment = new TreeMap<String, BigDecimal>();
        open.stream().filter(l -> l.investment() != null && l.investment().signum() > 0 && l.probability() > 0)
                .forEach(l -> investment.merge(l.currency(),
                        l.investment().multiply(BigDecimal.valueOf(l.probability())), BigDecimal::add));
        investment.replaceAll((currency, sum) -> sum.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP));
        assertThat(pipeline.weightedInvestment()).isEqualTo(investment);

        var start = period.start().atStartOfDay(DashboardTestData.ZONE).toInstant();
        var end = period.end().plusDays(1).atStartOfDay(DashboardTestData.ZONE).toInstant();
        var won = data.leads.stream().filter(l -> l.stage().equals("ESTABLISHED"))
                .filter(l -> data.stageEntries.stream().anyMatch(e -> e.leadId() == l.id()
                        && e.toStage().equals("ESTABLISHED") && !e.at().isBefore(start) && e.at().isBefore(end)))
                .toList();
        assertThat(pipeline.established()).isEqualTo(won.size()).isPositive();
        assertThat(pipeline.establishedJobs())
                .isEqualTo(won.stream().mapToLong(l -> Objects.requireNonNullElse(l.jobs(), 0)).sum());
    }

    @ParameterizedTest
    @MethodSource("periods")
    void activities_are_counted_per_month_of_the_period(DashboardPeriod period) {
        var expected = new LinkedHashMap<YearMonth, Long>();
        for (int i = 0; i < 12; i++) {
            var month = YearMonth.from(period.start()).plusMonths(i);
            expected.put(month, data.activities.stream().filter(a -> YearMonth.from(a.date()).equals(month)).count());
        }
        var perMonth = dashboard.figures(period).activitiesPerMonth();
        assertThat(perMonth).containsExactlyEntriesOf(expected);
        assertThat(perMonth.values().stream().mapToLong(Long::longValue).sum()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("periods")
    void outcomes_by_delegation_add_up_the_leads_of_each_delegation_that_started_in_the_period(
            DashboardPeriod period) {
        var outcomes = dashboard.figures(period).outcomes();
        var inPeriod = data.delegations.stream()
                .filter(d -> !d.start().isBefore(period.start()) && !d.start().isAfter(period.end()))
                .filter(d -> data.leads.stream().anyMatch(l -> Objects.equals(l.delegationId(), d.id()))).toList();

        assertThat(outcomes).hasSize(inPeriod.size()).isNotEmpty();
        assertThat(outcomes).isSortedAccordingTo(Comparator.comparingLong(
                org.kakehashi.pipeline.DelegationOutcomeTotals::leads).reversed());
        for (var outcome : outcomes) {
            var leads = data.leads.stream().filter(l -> Objects.equals(l.delegationId(), outcome.delegationId()))
                    .toList();
            var delegation = inPeriod.stream().filter(d -> d.id() == outcome.delegationId()).findFirst().orElseThrow();
            assertThat(outcome.title()).isEqualTo(delegation.title());
            assertThat(outcome.leads()).isEqualTo(leads.size());
            assertThat(outcome.established()).isEqualTo(leads.stream()
                    .filter(l -> l.stage().equals("ESTABLISHED")).count());
            assertThat(outcome.open()).isEqualTo(leads.stream()
                    .filter(l -> LeadStage.valueOf(l.stage()).isOpen()).count());
            assertThat(outcome.estimatedJobs()).isEqualTo(leads.stream()
                    .mapToLong(l -> Objects.requireNonNullElse(l.jobs(), 0)).sum());
            var investment = new TreeMap<String, BigDecimal>();
            leads.stream().filter(l -> l.investment() != null && l.investment().signum() > 0)
                    .forEach(l -> investment.merge(l.currency(), l.investment(), BigDecimal::add));
            assertThat(outcome.investment()).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(investment);
        }
    }

    @Test
    @WithMockUser(roles = "NOBODY")
    void a_user_without_a_role_gets_no_figures() {
        assertThatThrownBy(() -> dashboard.figures(new DashboardPeriod(Kind.CALENDAR, 2026)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private boolean activeOn(Member member, LocalDate day) {
        return data.activeOn(member, day);
    }
}
