package org.kakehashi.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The board's dashboard over the other benchmarks' data: the member register (100,000 organisations, 60,000
 * memberships, with their payments), the delegation calendar (2,000 delegations) and a pipeline of 20,000 leads with
 * 100,000 activities. Measures {@link DashboardService#figures}, everything the page loads, on H2 and PostgreSQL.
 */
public final class DashboardBenchmark {

    private static final String PG_SCHEMA = "kakehashi_bench_dashboard";
    static final int LEADS = Bench.scaled(20_000);
    private static final int ACTIVITIES_PER_LEAD = 5;
    private static final long OWNER = 900_001;
    private static final String[] STAGES = {"IDENTIFIED", "CONTACTED", "IN_DIALOGUE", "VISIT", "NEGOTIATION",
        "ESTABLISHED", "LOST", "ON_HOLD"};
    private static final String[] CURRENCIES = {"SEK", "EUR", "JPY"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var results = new ArrayList<String>();
        for (var database : Bench.databases(args)) {
            results.addAll(run(database));
        }
        Bench.print(results);
    }

    private static List<String> run(String database) throws Exception {
        try (ConfigurableApplicationContext context = Bench.start(database, "h2-dashboard", PG_SCHEMA)) {
            long start = System.nanoTime();
            Bench.load(context, database, DashboardBenchmark::loadAll);
            System.out.printf("%s: loaded in %.1f s%n", database, (System.nanoTime() - start) / 1e9);
            var service = context.getBean(DashboardService.class);
            var statistics = Bench.statistics(context);
            int year = LocalDate.now().getYear();
            var results = new ArrayList<String>();
            for (var kind : DashboardPeriod.Kind.values()) {
                var period = DashboardPeriod.containing(kind, LocalDate.now());
                results.add(Bench.measure(database, "dashboard, " + kind.name().toLowerCase() + " year " + period.year(),
                        statistics, () -> rows(service.figures(period))));
            }
            results.add(Bench.measure(database, "dashboard, calendar year " + (year - 1), statistics,
                    () -> rows(service.figures(new DashboardPeriod(DashboardPeriod.Kind.CALENDAR, year - 1)))));
            return results;
        }
    }

    /**
     * 100,000 organisations with their contacts and memberships, 2,000 delegations with their programmes, payments of
     * two years, and 20,000 leads with their activities.
     */
    static void loadAll(Connection connection) throws SQLException {
        MemberRegisterBenchmark.load(connection);
        DelegationCalendarBenchmark.load(connection, new int[DelegationCalendarBenchmark.MONTHS]);
        loadPayments(connection);
        loadPipeline(connection);
    }

    /** What the figures counted: active members, leads, delegations with outcomes. */
    private static String rows(org.kakehashi.dashboard.DashboardFigures figures) {
        long leads = figures.pipeline().byStage().values().stream().mapToLong(Long::longValue).sum();
        return figures.members().active() + " members, " + leads + " leads, " + figures.outcomes().size()
                + " delegations with leads";
    }

    /** Payments of last year and this year for most memberships, in two set-based statements. */
    private static void loadPayments(Connection connection) throws SQLException {
        int year = LocalDate.now().getYear();
        try (var statement = connection.createStatement()) {
            statement.execute("insert into dues_payment (id, version, membership_id, period_year, amount, currency,"
                    + " paid_date) select id, 0, id, " + (year - 1) + ", 4000, 'SEK', date '" + (year - 1)
                    + "-03-01' from membership where mod(id, 10) < 5");
            statement.execute("insert into dues_payment (id, version, membership_id, period_year, amount, currency,"
                    + " paid_date) select id + 1000000, 0, id, " + year + ", 4000, 'SEK', date '" + year
                    + "-02-01' from membership where mod(id, 7) < 5");
        }
    }

    /** 20,000 leads (one in three from a delegation, one in ten confidential), their activities and establishments. */
    private static void loadPipeline(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        var random = new Random(7);
        try (var users = connection.createStatement()) {
            users.execute("insert into app_user (id, version, username, display_name, password_hash, enabled,"
                    + " must_change_password, locale) values (" + OWNER + ", 0, 'bench-officer', 'Bench Officer',"
                    + " '{noop}x', true, false, 'en')");
        }
        var now = Instant.now();
        var firstDay = LocalDate.now().minusYears(2);
        try (var leads = connection.prepareStatement("""
                insert into lead (id, version, company_name, search_text, country, interest_kind, stage, stage_since,
                    owner_id, source_delegation_id, estimated_jobs, estimated_investment, investment_currency,
                    probability, confidential) values (?, 0, ?, ?, 'JP', 'ESTABLISHMENT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             var activities = connection.prepareStatement("""
                insert into activity (id, version, lead_id, kind, occurred_on, summary, author_id)
                values (?, 0, ?, 'MEETING', ?, 'Meeting', ?)""");
             var changes = connection.prepareStatement("""
                insert into lead_stage_change (id, version, lead_id, from_stage, to_stage, changed_at, changed_by_id)
                values (?, 0, ?, null, ?, ?, ?)""")) {
            long activityId = 1;
            for (int id = 1; id <= LEADS; id++) {
                var stage = STAGES[random.nextInt(STAGES.length)];
                var name = "Kabushiki Kaisha " + id;
                leads.setLong(1, id);
                leads.setString(2, name);
                leads.setString(3, name.toLowerCase());
                leads.setString(4, stage);
                leads.setTimestamp(5, Timestamp.from(now));
                leads.setLong(6, OWNER);
                leads.setObject(7, id % 3 == 0 ? (Object) (long) (1 + random.nextInt(DelegationCalendarBenchmark.DELEGATIONS)) : null,
                        java.sql.Types.BIGINT);
                leads.setInt(8, random.nextInt(300));
                leads.setBigDecimal(9, BigDecimal.valueOf(random.nextInt(100_000_000)));
                leads.setString(10, CURRENCIES[random.nextInt(CURRENCIES.length)]);
                leads.setInt(11, random.nextInt(101));
                leads.setBoolean(12, id % 10 == 0);
                leads.addBatch();
                for (int a = 0; a < ACTIVITIES_PER_LEAD; a++) {
                    activities.setLong(1, activityId++);
                    activities.setLong(2, id);
                    activities.setDate(3, Date.valueOf(firstDay.plusDays(random.nextInt(900))));
                    activities.setLong(4, OWNER);
                    activities.addBatch();
                }
                changes.setLong(1, id);
                changes.setLong(2, id);
                changes.setString(3, stage);
                changes.setTimestamp(4, Timestamp.from(firstDay.plusDays(random.nextInt(900))
                        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
                changes.setLong(5, OWNER);
                changes.addBatch();
                if (id % 1000 == 0) {
                    leads.executeBatch();
                    activities.executeBatch();
                    changes.executeBatch();
                }
            }
            leads.executeBatch();
            activities.executeBatch();
            changes.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}
