package org.kakehashi.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kakehashi.security.Roles;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A register, a calendar and a pipeline generated from a seed and written straight into the tables, kept here as
 * plain records so that a test can work out every figure on its own, without the application's queries.
 */
public class DashboardTestData {

    /** Monday 15 June 2026, noon in Sweden: in calendar year 2026 and in fiscal year 2026 (April 2026 to March 2027). */
    public static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final int GRACE_DAYS = 30;
    public static final String OFFICER = "dash-officer";
    public static final String BOARD = "dash-board";
    public static final String ADMIN = "dash-admin";
    static final long OFFICER_ID = 95_001;
    static final String[] CITIES = {"Lund", "Helsingborg", "Leipzig", "Osaka", "Kobe", "Toyohashi", "Karlskrona",
        "Kristianstad", "Dresden", "Hamburg"};
    static final String[] KINDS = {"MUNICIPALITY", "UNIVERSITY", "RESEARCH_INSTITUTE", "COMPANY", "ASSOCIATION",
        "AGENCY", "INDIVIDUAL"};
    static final String[] STAGES = {"IDENTIFIED", "CONTACTED", "IN_DIALOGUE", "VISIT", "NEGOTIATION", "ESTABLISHED",
        "LOST", "ON_HOLD"};
    static final String[] CURRENCIES = {"SEK", "EUR", "JPY"};
    /** The company of the one confidential lead that must never show: it alone has jobs of 777. */
    public static final String SECRET_COMPANY = "Kuroko Secret Robotics";

    public record Type(long id, String name, BigDecimal fee, String currency) {
    }

    public record Member(long organisationId, String kind, String city, long typeId, LocalDate start, LocalDate end,
            LocalDate resignedOn, String duesStatus) {
    }

    public record Payment(long membershipId, int periodYear, BigDecimal amount, String currency, LocalDate paidDate) {
    }

    public record Delegation(long id, String title, String direction, LocalDate start, String status) {
    }

    public record Lead(long id, String company, String stage, Integer jobs, BigDecimal investment, String currency,
            int probability, boolean confidential, Long delegationId) {
    }

    public record StageEntry(long leadId, String toStage, Instant at) {
    }

    public record ActivityRow(long leadId, LocalDate date) {
    }

    public final List<Type> types = List.of(new Type(1_000_001, "Municipality", new BigDecimal("12000.00"), "SEK"),
            new Type(1_000_002, "Company", new BigDecimal("500.00"), "EUR"));
    public final List<Member> members = new ArrayList<>();
    public final List<Payment> payments = new ArrayList<>();
    public final List<Delegation> delegations = new ArrayList<>();
    public final List<Lead> leads = new ArrayList<>();
    public final List<StageEntry> stageEntries = new ArrayList<>();
    public final List<ActivityRow> activities = new ArrayList<>();

    private final JdbcTemplate jdbc;
    /** The arguments of the generation in the tables. */
    private List<Object> generated = List.of();
    /** The rows to insert, per statement, written in batches at the end of a generation. */
    private final java.util.Map<String, List<Object[]>> batches = new java.util.LinkedHashMap<>();

    public DashboardTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Generates unless the tables hold this very generation already: the tests of a class share one, and the classes
     * of the dashboard share a Spring context, each with a generation of its own.
     */
    public DashboardTestData generateOnce(long seed, int organisations, int delegationCount, int leadCount) {
        if (members.isEmpty() || !List.of(seed, organisations, delegationCount, leadCount).equals(generated)) {
            generate(seed, organisations, delegationCount, leadCount);
        }
        return this;
    }

    /** Empties the tables the dashboard reads and fills them from the seed; the users stay. */
    public DashboardTestData generate(long seed, int organisations, int delegationCount, int leadCount) {
        clear();
        generated = List.of(seed, organisations, delegationCount, leadCount);
        users();
        var random = new Random(seed);
        for (int i = 0; i < organisations; i++) {
            long id = 1_000_000L + i;
            var kind = KINDS[random.nextInt(KINDS.length)];
            var city = random.nextInt(12) == 0 ? null : CITIES[random.nextInt(CITIES.length)];
            insert("insert into organisation (id, version, name, search_text, kind, city, country, archived)"
                    + " values (?, 0, ?, ?, ?, ?, 'SE', false)", id, "Organisation " + i, "organisation " + i, kind,
                    city);
            if (random.nextInt(5) == 0) {
                continue;
            }
            var type = types.get(random.nextInt(types.size()));
            var start = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1460));
            var end = start.plusDays(random.nextInt(1100));
            var resigned = random.nextInt(6) == 0 ? start.plusDays(random.nextInt(900)) : null;
            var duesStatus = new String[] {"PAID", "DUE", "OVERDUE", "NONE"}[random.nextInt(4)];
            var member = new Member(id, kind, city, type.id(), start, end, resigned, duesStatus);
            members.add(member);
            var ofMember = new ArrayList<Payment>();
            for (int year = start.getYear(); year <= 2026; year++) {
                if (random.nextInt(10) < 7) {
                    var amount = random.nextBoolean() ? type.fee() : type.fee().divide(BigDecimal.TWO);
                    var paid = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                    ofMember.add(new Payment(id, year, amount, type.currency(), paid.isBefore(start) ? start : paid));
                }
            }
            payments.addAll(ofMember);
            // the stored status is what the rules say today, as the nightly refresh leaves it
            var status = resigned != null && !resigned.isAfter(TODAY) ? "RESIGNED"
                    : ofMember.isEmpty() ? "APPLICANT" : activeOn(member, TODAY) ? "ACTIVE" : "LAPSED";
            insert("insert into membership (id, version, organisation_id, membership_type_id, start_date,"
                    + " end_date, resigned_on, status, dues_status) values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                    id, id, type.id(), Date.valueOf(start), Date.valueOf(end),
                    resigned == null ? null : Date.valueOf(resigned), status, duesStatus);
            long paymentId = 2_000_000L + payments.size() - ofMember.size();
            for (var payment : ofMember) {
                insert("insert into dues_payment (id, version, membership_id, period_year, amount, currency,"
                        + " paid_date) values (?, 0, ?, ?, ?, ?, ?)", paymentId++, id,
                        payment.periodYear(), payment.amount(), payment.currency(), Date.valueOf(payment.paidDate()));
            }
        }
        for (int i = 0; i < delegationCount; i++) {
            var start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
            var delegation = new Delegation(3_000_000L + i, "Delegation " + i,
                    random.nextBoolean() ? "INBOUND" : "OUTBOUND", start,
                    new String[] {"IDEA", "PLANNED", "CONFIRMED", "COMPLETED", "CANCELLED"}[random.nextInt(5)]);
            delegations.add(delegation);
            insert("insert into delegation (id, version, title, direction, home_city, home_zone, start_date,"
                    + " end_date, status) values (?, 0, ?, ?, 'Lund', 'Europe/Stockholm', ?, ?, ?)", delegation.id(),
                    delegation.title(), delegation.direction(), Date.valueOf(start), Date.valueOf(start.plusDays(4)),
                    delegation.status());
        }
        for (int i = 0; i < leadCount; i++) {
            var stage = STAGES[random.nextInt(STAGES.length)];
            Integer jobs = random.nextInt(5) == 0 ? null : random.nextInt(200);
            var investment = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(5_000_000), 2);
            boolean confidential = i == 0 || random.nextInt(6) == 0;
            var delegationId = delegations.isEmpty() || random.nextInt(3) == 0 ? null
                    : delegations.get(random.nextInt(delegations.size())).id();
            // the first lead is the confidential one a test looks for: its own stage, jobs and delegation
            var lead = i == 0 ? new Lead(4_000_000L, SECRET_COMPANY, "NEGOTIATION", 777, null, "EUR", 60, true,
                    delegations.isEmpty() ? null : delegations.getFirst().id())
                    : new Lead(4_000_000L + i, "Company " + i, stage, jobs, investment,
                            CURRENCIES[random.nextInt(CURRENCIES.length)], random.nextInt(101), confidential,
                            delegationId);
            leads.add(lead);
            insert("insert into lead (id, version, company_name, search_text, country, interest_kind, stage,"
                    + " stage_since, owner_id, source_delegation_id, estimated_jobs, estimated_investment,"
                    + " investment_currency, probability, confidential) values (?, 0, ?, ?, 'JP', 'ESTABLISHMENT',"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?)", lead.id(), lead.company(), lead.company().toLowerCase(),
                    lead.stage(), Timestamp.from(NOW), OFFICER_ID, lead.delegationId(), lead.jobs(),
                    lead.investment(), lead.currency(), lead.probability(), lead.confidential());
            // an established lead entered its stage some time in 2025-2027; others may have been there and left
            if (lead.stage().equals("ESTABLISHED") || random.nextInt(8) == 0) {
                var at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextLong(3L * 365 * 86_400));
                stageEntry(lead.id(), "ESTABLISHED", at);
            }
            for (int a = random.nextInt(6); a > 0; a--) {
                var activity = new ActivityRow(lead.id(), LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900)));
                activities.add(activity);
                insert("insert into activity (id, version, lead_id, kind, occurred_on, summary, author_id)"
                        + " values (?, 0, ?, 'CALL', ?, 'Call', ?)", 5_000_000L + activities.size(), lead.id(),
                        Date.valueOf(activity.date()), OFFICER_ID);
            }
        }
        // an establishment on the first instant of 2026 in Sweden (still 2025 in UTC) belongs to 2026
        if (leads.size() > 1) {
            var boundary = leads.stream().filter(lead -> lead.stage().equals("ESTABLISHED")).findFirst();
            boundary.ifPresent(lead -> stageEntry(lead.id(), "ESTABLISHED",
                    LocalDate.of(2026, 1, 1).atStartOfDay(ZONE).toInstant()));
        }
        batches.forEach(jdbc::batchUpdate);
        batches.clear();
        return this;
    }

    /**
     * Whether a membership was active on a day, worked out here as the rules say: started, not resigned, paid at
     * least once by then, and not past its end date and the grace period.
     */
    public boolean activeOn(Member member, LocalDate day) {
        return !member.start().isAfter(day)
                && (member.resignedOn() == null || member.resignedOn().isAfter(day))
                && !member.end().plusDays(GRACE_DAYS).isBefore(day)
                && payments.stream().anyMatch(p -> p.membershipId() == member.organisationId()
                        && !p.paidDate().isAfter(day));
    }

    public long activeMembersOn(LocalDate day) {
        return members.stream().filter(member -> activeOn(member, day)).count();
    }

    private void insert(String sql, Object... values) {
        batches.computeIfAbsent(sql, key -> new ArrayList<>()).add(values);
    }

    private void stageEntry(long leadId, String stage, Instant at) {
        stageEntries.add(new StageEntry(leadId, stage, at));
        insert("insert into lead_stage_change (id, version, lead_id, from_stage, to_stage, changed_at,"
                + " changed_by_id) values (?, 0, ?, null, ?, ?, ?)", 6_000_000L + stageEntries.size(), leadId, stage,
                Timestamp.from(at), OFFICER_ID);
    }

    private void clear() {
        members.clear();
        payments.clear();
        delegations.clear();
        leads.clear();
        stageEntries.clear();
        activities.clear();
        for (var table : List.of("activity", "lead_stage_change", "lead_programme_item", "saved_lead_filter", "lead",
                "business_card", "delegation_participant", "delegation_partner", "programme_item", "delegation",
                "member_reminder", "dues_payment", "membership", "contact_person", "organisation")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("delete from membership_type");
        for (var type : types) {
            jdbc.update("insert into membership_type (id, version, name, annual_fee, currency) values (?, 0, ?, ?, ?)",
                    type.id(), type.name(), type.fee(), type.currency());
        }
    }

    private void users() {
        createUser(OFFICER_ID, OFFICER, "Aiko Mori", Roles.OFFICER);
        createUser(95_002, BOARD, "Britt Lind", Roles.BOARD);
        createUser(95_003, ADMIN, "Anna Adler", Roles.ADMIN);
    }

    private void createUser(long id, String username, String displayName, String role) {
        var exists = jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username);
        if (exists == 0) {
            jdbc.update("""
                    insert into app_user (id, version, username, display_name, password_hash, enabled,
                        must_change_password, locale) values (?, 0, ?, ?, '{noop}x', true, false, 'en')""",
                    id, username, displayName);
            jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role);
        }
    }

    /** The clock of the dashboard's tests, and the data. */
    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        Clock dashboardTestClock() {
            return Clock.fixed(NOW, ZONE);
        }

        @Bean
        DashboardTestData dashboardTestData(JdbcTemplate jdbc) {
            return new DashboardTestData(jdbc);
        }
    }
}
