package org.kakehashi.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kakehashi.delegations.DelegationService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The delegation calendar at scale: 2,000 delegations over three years and 20,000 programme items in several time
 * zones, on H2 (the embedded default, as a file database) and on PostgreSQL. Measures the service call behind the
 * calendar, {@link DelegationService#calendar}, for the month view and the week view of the busiest month, and
 * counts its SQL statements.
 *
 * <p>Run: {@code bench/run calendar [h2|postgres]} (see bench/README.md).
 */
public final class DelegationCalendarBenchmark {

    static final int DELEGATIONS = Bench.scaled(2_000);
    private static final int ITEMS_PER_DELEGATION = 10;
    private static final YearMonth FIRST_MONTH = YearMonth.of(2025, 1);
    static final int MONTHS = 36;
    private static final String PG_SCHEMA = "kakehashi_bench_calendar";

    /** Delegations travel in spring and autumn, hardly in July or around the new year. */
    private static final int[] SEASON = {3, 6, 9, 11, 12, 8, 2, 4, 10, 12, 10, 4};
    private static final String[] STATUSES = {"IDEA", "PLANNED", "PLANNED", "CONFIRMED", "CONFIRMED", "CONFIRMED",
        "CONFIRMED", "COMPLETED", "COMPLETED", "CANCELLED"};
    private static final String[][] HOMES = {{"Södertälje", "Europe/Stockholm"}, {"Malmö", "Europe/Stockholm"},
        {"Lund", "Europe/Stockholm"}, {"Leipzig", "Europe/Berlin"}, {"Düsseldorf", "Europe/Berlin"}};
    private static final String[] JAPAN = {"Osaka", "Kobe", "Toyohashi", "Fujisawa", "Tokyo", "Kyoto"};
    private static final String[] TOPICS = {"biotech", "robotics", "logistics", "energy", "life science",
        "smart city", "food"};
    private static final String[] KINDS = {"MEETING", "SITE_VISIT", "MEETING", "SEMINAR", "RECEPTION", "MEETING",
        "SITE_VISIT", "OTHER"};

    private DelegationCalendarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var results = new ArrayList<String>();
        for (var database : Bench.databases(args)) {
            results.addAll(run(database));
        }
        Bench.print(results);
    }

    private static List<String> run(String database) throws Exception {
        try (ConfigurableApplicationContext context = Bench.start(database, "h2-calendar", PG_SCHEMA)) {
            long start = System.nanoTime();
            var busiest = new int[MONTHS];
            Bench.load(context, database, connection -> load(connection, busiest));
            System.out.printf("%s: loaded %,d delegations and %,d programme items in %.1f s%n", database,
                    DELEGATIONS, DELEGATIONS * ITEMS_PER_DELEGATION, (System.nanoTime() - start) / 1e9);
            var month = busiestMonth(busiest);
            var service = context.getBean(DelegationService.class);
            var statistics = Bench.statistics(context);
            var results = new ArrayList<String>();
            // The days the month view shows: whole weeks from Monday (the first day of the week in Sweden)
            var first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            var last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            results.add(Bench.measure(database, "month " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy",
                    Locale.ENGLISH)) + ", " + first + " to " + last + ": delegations + items", statistics,
                    () -> rows(service, first, last)));
            var week = busiestWeek(context, first, last);
            results.add(Bench.measure(database, "week " + week + " to " + week.plusDays(6)
                    + ": delegations + items", statistics, () -> rows(service, week, week.plusDays(6))));
            return results;
        }
    }

    private static String rows(DelegationService service, LocalDate from, LocalDate to) {
        var period = service.calendar(from, to);
        return period.delegations().size() + " + " + period.items().size();
    }

    private static YearMonth busiestMonth(int[] delegationsPerMonth) {
        int busiest = 0;
        for (int m = 1; m < MONTHS; m++) {
            if (delegationsPerMonth[m] > delegationsPerMonth[busiest]) {
                busiest = m;
            }
        }
        return FIRST_MONTH.plusMonths(busiest);
    }

    /** The Monday of the week of the month view with the most programme items. */
    private static LocalDate busiestWeek(ConfigurableApplicationContext context, LocalDate first, LocalDate last) {
        var service = context.getBean(DelegationService.class);
        var best = new LocalDate[] {first};
        var most = new int[] {-1};
        org.kakehashi.security.SystemAccess.run(() -> {
            for (var monday = first; monday.isBefore(last); monday = monday.plusWeeks(1)) {
                int items = service.calendar(monday, monday.plusDays(6)).items().size();
                if (items > most[0]) {
                    most[0] = items;
                    best[0] = monday;
                }
            }
        });
        return best[0];
    }

    /**
     * Plain JDBC batches into the tables of V3__delegations.sql: the benchmark measures reading, so the load takes
     * the fastest road in. Counts the delegations under way in each month into {@code delegationsPerMonth}.
     */
    static void load(Connection connection, int[] delegationsPerMonth) throws SQLException {
        connection.setAutoCommit(false);
        var random = new Random(42);
        int seasons = 0;
        for (int weight : SEASON) {
            seasons += weight;
        }
        try (var delegations = connection.prepareStatement("""
                insert into delegation (id, version, title, direction, home_city, home_zone, visited_cities,
                    start_date, end_date, status, objectives, sectors) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             var items = connection.prepareStatement("""
                insert into programme_item (id, version, delegation_id, title, kind, start_local, end_local, zone_id,
                    city, venue) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            long itemId = 1;
            for (int id = 1; id <= DELEGATIONS; id++) {
                // A month of the three years, weighted by the season, and a day in it
                int draw = random.nextInt(seasons);
                int calendarMonth = 0;
                while (draw >= SEASON[calendarMonth]) {
                    draw -= SEASON[calendarMonth++];
                }
                var month = FIRST_MONTH.plusMonths(12L * random.nextInt(MONTHS / 12) + calendarMonth);
                var startDate = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                int days = 3 + random.nextInt(7);
                var endDate = startDate.plusDays(days - 1);
                for (var m = YearMonth.from(startDate); !m.isAfter(YearMonth.from(endDate)); m = m.plusMonths(1)) {
                    int index = (int) (m.getYear() * 12L + m.getMonthValue()
                            - FIRST_MONTH.getYear() * 12L - FIRST_MONTH.getMonthValue());
                    if (index < MONTHS) {
                        delegationsPerMonth[index]++;
                    }
                }
                var home = HOMES[random.nextInt(HOMES.length)];
                boolean inbound = id % 2 == 0;
                var japanese = JAPAN[random.nextInt(JAPAN.length)];
                var topic = TOPICS[random.nextInt(TOPICS.length)];
                delegations.setLong(1, id);
                delegations.setString(2, (inbound ? japanese + " " + topic + " delegation to " + home[0]
                        : home[0] + " " + topic + " mission to " + japanese) + " " + id);
                delegations.setString(3, inbound ? "INBOUND" : "OUTBOUND");
                delegations.setString(4, home[0]);
                delegations.setString(5, home[1]);
                delegations.setString(6, inbound ? null : japanese + ", " + JAPAN[(id / 2) % JAPAN.length]);
                delegations.setDate(7, Date.valueOf(startDate));
                delegations.setDate(8, Date.valueOf(endDate));
                delegations.setString(9, STATUSES[random.nextInt(STATUSES.length)]);
                delegations.setString(10, "Talks on " + topic + " investment and research partnerships");
                delegations.setString(11, topic);
                delegations.addBatch();
                for (int j = 0; j < ITEMS_PER_DELEGATION; j++) {
                    // Travel on the first and last day in the home zone; an outbound programme in Japan, an
                    // inbound one at home with a day trip to the other European zone
                    boolean travel = j == 0 || j == ITEMS_PER_DELEGATION - 1;
                    var day = startDate.plusDays((long) j * days / ITEMS_PER_DELEGATION);
                    String zone;
                    String city;
                    if (travel) {
                        zone = home[1];
                        city = home[0];
                    } else if (!inbound) {
                        zone = "Asia/Tokyo";
                        city = JAPAN[(id + j) % JAPAN.length];
                    } else if (j == 5) {
                        zone = home[1].equals("Europe/Berlin") ? "Europe/Stockholm" : "Europe/Berlin";
                        city = zone.equals("Europe/Berlin") ? "Berlin" : "Stockholm";
                    } else {
                        zone = home[1];
                        city = home[0];
                    }
                    var begins = day.atTime(8 + (j % 4) * 3, random.nextInt(4) * 15);
                    items.setLong(1, itemId++);
                    items.setLong(2, id);
                    items.setString(3, (travel ? "Travel" : topic + " session") + " " + (j + 1));
                    items.setString(4, travel ? "TRAVEL" : KINDS[random.nextInt(KINDS.length)]);
                    items.setTimestamp(5, Timestamp.valueOf(begins));
                    items.setTimestamp(6, Timestamp.valueOf(begins.plusMinutes(60 + 30L * random.nextInt(5))));
                    items.setString(7, zone);
                    items.setString(8, city);
                    items.setString(9, travel ? "Airport" : "Venue " + (j + 1));
                    items.addBatch();
                }
                if (id % 200 == 0) {
                    delegations.executeBatch();
                    items.executeBatch();
                }
            }
            delegations.executeBatch();
            items.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }
}
