package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board with 20,000 leads and 200,000 activities: how many statements it takes and how long the service call
 * lasts, and that moving a card is one transaction. Run by bench/run (H2 and PostgreSQL); see bench/README.md.
 */
abstract class BoardBenchmark extends PipelineServiceTest {

    static final int LEADS = 20_000;
    static final int ACTIVITIES = 200_000;
    static final int RUNS = 50;
    private static final long FIRST_ID = 10_000_000L;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void the_board_of_twenty_thousand_leads_loads_in_a_bounded_number_of_statements_under_100_ms() throws IOException {
        // the users are read through the service, which wants someone logged in
        data.loginAs("officer2");
        var owners = List.of(data.user("officer2").getId(), data.user("board2").getId());
        generate(owners);
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        for (int i = 0; i < 10; i++) {
            boardService.board(LeadFilter.all(), 10);
        }
        var millis = new double[RUNS];
        long statements = 0;
        for (int i = 0; i < RUNS; i++) {
            statistics.clear();
            long start = System.nanoTime();
            boardService.board(LeadFilter.all(), 10);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            statements = Math.max(statements, statistics.getPrepareStatementCount());
        }
        Arrays.sort(millis);
        double median = millis[RUNS / 2];

        var card = boardService.column(LeadFilter.all(), LeadStage.VISIT, 1).leads().getFirst();
        statistics.clear();
        long moveStart = System.nanoTime();
        boardService.moveTo(card.getId(), card.getVersion(), LeadStage.NEGOTIATION);
        double moveMillis = (System.nanoTime() - moveStart) / 1_000_000.0;
        long moveTransactions = statistics.getTransactionCount();
        long moveStatements = statistics.getPrepareStatementCount();

        var searches = new StringBuilder();
        for (var search : List.of("company 123", "nowhere")) {
            var filter = new LeadFilter(search, null, null, null, null, null, null);
            // each column asked for on its own (its page and its count), and the whole board at once
            var columnByColumn = median(() -> {
                for (var stage : LeadStage.values()) {
                    boardService.column(filter, stage, 10);
                }
            });
            var board = median(() -> boardService.board(filter, 10));
            searches.append(String.format("; search \"%s\": column by column median %.1f ms, board %.1f ms",
                    search, columnByColumn, board));
        }

        var listMillis = time(() -> service.page(LeadFilter.all(), PageRequest.of(100, 50)));
        var result = String.format(
                "%s: %d leads, %d activities; board: median %.1f ms, p90 %.1f ms, at most %d statements; "
                        + "list page 101: %.1f ms; move: %d transaction, %d statements, %.1f ms%s%n",
                database(), LEADS, ACTIVITIES, median, millis[RUNS * 9 / 10], statements, listMillis,
                moveTransactions, moveStatements, moveMillis, searches);
        System.out.print(result);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-" + database() + ".txt"), result);

        // one count by stage, one page per stage, and the owners' roles (AppUser loads them eagerly): at most one
        // statement per owner, bounded by the number of users and never by the number of leads
        assertThat(statements).isLessThanOrEqualTo(1 + LeadStage.values().length + owners.size());
        assertThat(median).isLessThan(100);
        assertThat(moveTransactions).isEqualTo(1);
    }

    abstract String database();

    private void generate(List<Long> owners) {
        var stages = LeadStage.values();
        var now = data.clock().instant();
        var today = PipelineTestData.TODAY;
        var leads = new ArrayList<Object[]>();
        var changes = new ArrayList<Object[]>();
        for (int i = 0; i < LEADS; i++) {
            long id = FIRST_ID + i;
            var stage = stages[i % stages.length];
            var since = Timestamp.from(now.minusSeconds(86_400L * (i % 365)));
            leads.add(new Object[] {id, "Company " + i, "company " + i, "JP", "Sector " + (i % 12),
                    InterestKind.values()[i % 5].name(), stage.name(), since, owners.get(i % owners.size()),
                    stage.defaultProbability(), Date.valueOf(today.plusDays(i % 60 - 20)), i % 50 == 0});
            changes.add(new Object[] {id, id, stage.name(), since, owners.get(i % owners.size())});
        }
        jdbc.batchUpdate("""
                insert into lead (id, version, company_name, search_text, country, sector, interest_kind, stage,
                    stage_since, owner_id, investment_currency, probability, next_action_due, confidential)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?)""", leads);
        jdbc.batchUpdate("""
                insert into lead_stage_change (id, version, lead_id, to_stage, changed_at, changed_by_id)
                values (?, 0, ?, ?, ?, ?)""", changes);
        var activities = new ArrayList<Object[]>(10_000);
        for (int i = 0; i < ACTIVITIES; i++) {
            activities.add(new Object[] {FIRST_ID + i, FIRST_ID + i % LEADS, ActivityKind.values()[i % 5].name(),
                    Date.valueOf(today.minusDays(i % 365)), "Activity " + i, owners.get(i % owners.size())});
            if (activities.size() == 10_000) {
                insertActivities(activities);
                activities.clear();
            }
        }
        insertActivities(activities);
        // The planner's statistics, as autovacuum (PostgreSQL) or a restart (H2) would have them after a load
        jdbc.execute("analyze");
    }

    private void insertActivities(List<Object[]> activities) {
        jdbc.batchUpdate("""
                insert into activity (id, version, lead_id, kind, occurred_on, summary, author_id)
                values (?, 0, ?, ?, ?, ?, ?)""", activities);
    }

    /** The median of 21 calls after 5 to warm up. */
    private static double median(Runnable call) {
        for (int i = 0; i < 5; i++) {
            call.run();
        }
        var millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = time(call);
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static double time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
