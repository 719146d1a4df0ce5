package org.kakehashi.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kakehashi.common.SearchText;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The member register at scale: 100,000 organisations and 300,000 contact persons, on H2 (the embedded default,
 * as a file database) and on PostgreSQL. Measures the service calls behind the organisation list: the first page,
 * and name searches for a part of the name anywhere in it; and counts the SQL statements of one page.
 *
 * <p>Run: {@code bench/run members [h2|postgres]} (see bench/README.md).
 */
public final class MemberRegisterBenchmark {

    static final int ORGANISATIONS = Bench.scaled(100_000);
    private static final int CONTACTS_PER_ORGANISATION = 3;
    private static final String PG_SCHEMA = "kakehashi_bench";

    private static final String[] PLACES = {"Nordic", "Öresund", "Skåne", "Halland", "Malmö", "Lund", "Göteborg",
        "Kobe", "Osaka", "Leipzig", "München", "Zürich", "Toyohashi", "Düsseldorf", "Kansai", "Østfold"};
    private static final String[] TRADES = {"Biotech", "Robotics", "Logistik", "Kemi", "Energi", "Medical", "Foods",
        "Digital", "Maskin", "Photonics", "Diagnostics", "Marine"};
    private static final String[] FORMS = {"AB", "GmbH", "Co., Ltd.", "AG", "Oy"};
    private static final String[] PLACES_JA = {"北欧", "エーレスンド", "スコーネ", "ハッランド", "マルメ", "ルンド", "ヨーテボリ",
        "神戸", "大阪", "ライプツィヒ", "ミュンヘン", "チューリッヒ", "豊橋", "デュッセルドルフ", "関西", "エストフォル"};
    private static final String[] TRADES_JA = {"バイオ", "ロボティクス", "物流", "化学", "エネルギー", "医療", "食品",
        "デジタル", "精密機械", "フォトニクス", "診断", "海洋"};
    private static final String[] CITIES = {"Malmö", "Lund", "Halmstad", "Helsingborg", "Leipzig", "Osaka", "Kobe"};
    private static final String[] FAMILY = {"Lindqvist", "Bergström", "Nakamura", "Svensson", "Yamamoto", "Åberg",
        "Müller", "Sato", "Persson", "Suzuki", "Ekström", "Schröder"};
    private static final String[] GIVEN = {"Maria", "Erik", "Aiko", "Johan", "Kenji", "Lena", "Nils", "Haruka"};

    private MemberRegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var results = new ArrayList<String>();
        for (var database : Bench.databases(args)) {
            results.addAll(run(database));
        }
        Bench.print(results);
    }

    private static List<String> run(String database) throws Exception {
        try (ConfigurableApplicationContext context = Bench.start(database, "h2", PG_SCHEMA)) {
            long start = System.nanoTime();
            Bench.load(context, database, MemberRegisterBenchmark::load);
            System.out.printf("%s: loaded %,d organisations and %,d contacts in %.1f s%n", database, ORGANISATIONS,
                    ORGANISATIONS * CONTACTS_PER_ORGANISATION, (System.nanoTime() - start) / 1e9);
            var service = context.getBean(OrganisationService.class);
            var statistics = Bench.statistics(context);
            var results = new ArrayList<String>();
            // What the grid asks for (a page of rows, no count), and the count the list shows above it
            var firstPage = PageRequest.of(0, 50, Sort.by("name"));
            results.add(Bench.measure(database, "grid: first page of 50, by name", statistics,
                    () -> service.list(OrganisationFilter.all(), firstPage).size()));
            results.add(Bench.measure(database, "count of all", statistics,
                    () -> (int) service.count(OrganisationFilter.all())));
            for (var search : List.of("otonic", "malmo", "12345", "精密")) {
                var filter = new OrganisationFilter(search, null, null, null, null, false);
                results.add(Bench.measure(database, "grid: search \"" + search + "\", first page of 50", statistics,
                        () -> service.list(filter, firstPage).size()));
                results.add(Bench.measure(database, "count of search \"" + search + "\"", statistics,
                        () -> (int) service.count(filter)));
            }
            // What the list's city filter asks for at every visit of the member list
            results.add(Bench.measure(database, "cities for the filter", statistics,
                    () -> service.cities().size()));
            for (int size : new int[] {10, 200}) {
                var page = PageRequest.of(3, size, Sort.by("endDate"));
                results.add(Bench.measure(database, "grid: page of " + size + " by renewal date", statistics,
                        () -> service.list(OrganisationFilter.all(), page).size()));
            }
            return results;
        }
    }

    /** Plain JDBC batches: the benchmark measures reading, so the load takes the fastest road in. */
    static void load(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        var random = new Random(42);
        try (var types = connection.prepareStatement(
                "insert into membership_type (id, version, name, annual_fee, currency) values (?, 0, ?, ?, 'SEK')")) {
            for (int t = 1; t <= 3; t++) {
                types.setLong(1, t);
                types.setString(2, "Type " + t);
                types.setBigDecimal(3, new java.math.BigDecimal(t * 4000));
                types.addBatch();
            }
            types.executeBatch();
        }
        var today = LocalDate.now();
        try (var organisations = connection.prepareStatement("""
                insert into organisation (id, version, name, name_japanese, search_text, kind, organisation_number,
                    city, country, archived) values (?, 0, ?, ?, ?, ?, ?, ?, ?, false)""");
             var contacts = connection.prepareStatement("""
                insert into contact_person (id, version, organisation_id, family_name, given_name, search_text, email,
                    preferred_language, primary_contact, consent) values (?, 0, ?, ?, ?, ?, ?, 'en', ?, ?)""");
             var memberships = connection.prepareStatement("""
                insert into membership (id, version, organisation_id, membership_type_id, start_date, end_date,
                    status, dues_status) values (?, 0, ?, ?, ?, ?, ?, ?)""")) {
            long contactId = 1;
            for (int id = 1; id <= ORGANISATIONS; id++) {
                int place = random.nextInt(PLACES.length);
                int trade = random.nextInt(TRADES.length);
                var name = PLACES[place] + " " + TRADES[trade] + " " + id + " " + FORMS[random.nextInt(FORMS.length)];
                var japanese = id % 5 == 0 ? PLACES_JA[place] + TRADES_JA[trade] + "株式会社" : null;
                organisations.setLong(1, id);
                organisations.setString(2, name);
                organisations.setString(3, japanese);
                organisations.setString(4, SearchText.of(name, japanese));
                organisations.setString(5, id % 7 == 0 ? "UNIVERSITY" : "COMPANY");
                organisations.setString(6, String.format("5560%02d-%04d", id % 100, id % 10_000));
                organisations.setString(7, CITIES[random.nextInt(CITIES.length)]);
                organisations.setString(8, "SE");
                organisations.addBatch();
                for (int c = 0; c < CONTACTS_PER_ORGANISATION; c++) {
                    var family = FAMILY[random.nextInt(FAMILY.length)];
                    var given = GIVEN[random.nextInt(GIVEN.length)];
                    contacts.setLong(1, contactId);
                    contacts.setLong(2, id);
                    contacts.setString(3, family);
                    contacts.setString(4, given);
                    contacts.setString(5, SearchText.of(family, given));
                    contacts.setString(6, "person" + contactId + "@example.org");
                    contacts.setBoolean(7, c == 0);
                    contacts.setBoolean(8, c != 2);
                    contacts.addBatch();
                    contactId++;
                }
                if (id % 10 < 6) {
                    var end = today.plusDays(random.nextInt(400) - 60);
                    memberships.setLong(1, id);
                    memberships.setLong(2, id);
                    memberships.setLong(3, 1 + id % 3);
                    memberships.setDate(4, Date.valueOf(end.minusYears(2)));
                    memberships.setDate(5, Date.valueOf(end));
                    memberships.setString(6, end.isBefore(today.minusDays(30)) ? "LAPSED" : "ACTIVE");
                    memberships.setString(7, end.isBefore(today) ? "OVERDUE" : "PAID");
                    memberships.addBatch();
                }
                if (id % 1000 == 0) {
                    organisations.executeBatch();
                    contacts.executeBatch();
                    memberships.executeBatch();
                }
            }
            organisations.executeBatch();
            contacts.executeBatch();
            memberships.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}
