package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

/** The board and the list read a bounded number of statements, however many leads and owners there are. */
@SpringBootTest
@Import(PipelineTestData.Config.class)
class LeadBoardQueriesTest {

    @Autowired
    private LeadService service;

    @Autowired
    private LeadBoardService boardService;

    @Autowired
    private PipelineTestData data;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_board_takes_as_many_statements_for_forty_leads_of_three_owners_as_for_eight_leads_of_one() {
        data.reset();
        data.loginAs("officer");
        addLeads(1, "officer");
        long fewLeads = statementsToLoadTheBoard();

        addLeads(2, "officer2");
        addLeads(2, "admin");
        long manyLeads = statementsToLoadTheBoard();

        // one count by stage, one page per stage, and the owners' roles in one batch
        assertThat(fewLeads).isLessThanOrEqualTo(1 + LeadStage.values().length + 1);
        assertThat(manyLeads).isEqualTo(fewLeads);
        assertThat(boardService.board(LeadFilter.all(), 10).getFirst().total()).isEqualTo(5);
    }

    @Test
    void a_page_of_the_list_takes_the_same_statements_whatever_its_size() {
        data.reset();
        data.loginAs("officer");
        addLeads(1, "officer");
        addLeads(3, "officer2");
        var statistics = statistics();

        statistics.clear();
        service.page(LeadFilter.all(), org.springframework.data.domain.PageRequest.of(0, 2));
        long smallPage = statistics.getPrepareStatementCount();
        statistics.clear();
        service.page(LeadFilter.all(), org.springframework.data.domain.PageRequest.of(0, 50));
        long largePage = statistics.getPrepareStatementCount();

        assertThat(largePage).isEqualTo(smallPage).isLessThanOrEqualTo(3);
    }

    private long statementsToLoadTheBoard() {
        var statistics = statistics();
        statistics.clear();
        boardService.board(LeadFilter.all(), 10);
        return statistics.getPrepareStatementCount();
    }

    private void addLeads(int perStage, String owner) {
        for (var stage : LeadStage.values()) {
            for (int i = 0; i < perStage; i++) {
                var lead = lead(owner + " " + stage + " " + i, data.user(owner));
                lead.setStage(stage);
                service.save(lead);
            }
        }
    }

    /** Hibernate's statistics, switched on here: the context is shared with tests that need no counting. */
    private Statistics statistics() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }
}
