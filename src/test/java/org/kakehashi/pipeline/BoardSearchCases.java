package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A search on the board, found in one pass, shows in every column the cards and the count that the column shows on
 * its own (and "show more" goes on from): on H2 and on PostgreSQL, whose orders of empty dates differ.
 */
abstract class BoardSearchCases extends PipelineServiceTest {

    private static final LeadFilter KOBE = new LeadFilter("KOBE", null, null, null, null, null, null);

    @Test
    void a_search_on_the_board_shows_each_column_its_first_matching_cards_and_their_count() {
        data.loginAs("admin");
        save("Kobe Secret Biologics", "admin", LeadStage.VISIT, TODAY, true);
        data.loginAs("officer2");
        for (int i = 1; i <= 14; i++) {
            // some without a next action, some on the same day: the order falls back on the name
            save(String.format("Kobe Company %02d", i), "officer2", LeadStage.CONTACTED,
                    i % 5 == 0 ? null : TODAY.plusDays(i % 4), false);
        }
        save("Osaka Instruments", "officer2", LeadStage.CONTACTED, TODAY, false);
        save("Kobe Fine Chemicals", "officer2", LeadStage.VISIT, TODAY.plusDays(2), false);
        save("神戸 Kobe Robotics", "officer2", LeadStage.VISIT, null, false);
        save("Kobe Own Secret", "officer2", LeadStage.VISIT, TODAY.minusDays(1), true);
        save("Toyohashi Gears", "officer2", LeadStage.IDENTIFIED, TODAY, false);

        var board = boardService.board(KOBE, 10);

        assertThat(board).extracting(BoardColumn::stage).containsExactly(LeadStage.values());
        for (var column : board) {
            var alone = boardService.column(KOBE, column.stage(), 10);
            assertThat(column.total()).as(column.stage().name()).isEqualTo(alone.total());
            assertThat(column.leads()).as(column.stage().name()).extracting(Lead::getId)
                    .containsExactlyElementsOf(alone.leads().stream().map(Lead::getId).toList());
        }
        var contacted = board.get(LeadStage.CONTACTED.ordinal());
        assertThat(contacted.total()).isEqualTo(14);
        assertThat(contacted.leads()).hasSize(10).allSatisfy(lead -> {
            assertThat(lead.getCompanyName()).startsWith("Kobe Company");
            assertThat(lead.getOwner().getDisplayName()).isNotBlank();
        });
        var visit = board.get(LeadStage.VISIT.ordinal());
        assertThat(visit.leads()).extracting(Lead::getCompanyName)
                .containsExactlyInAnyOrder("Kobe Fine Chemicals", "神戸 Kobe Robotics", "Kobe Own Secret");
        assertThat(visit.total()).isEqualTo(3);
        assertThat(board.get(LeadStage.IDENTIFIED.ordinal()).total()).isZero();
        assertThat(board.get(LeadStage.IDENTIFIED.ordinal()).leads()).isEmpty();

        data.loginAs("admin");
        assertThat(boardService.board(KOBE, 10).get(LeadStage.VISIT.ordinal()).total()).isEqualTo(4);
        assertThat(boardService.board(new LeadFilter("nowhere", null, null, null, null, null, null), 10))
                .allSatisfy(column -> assertThat(column.total()).isZero());
    }

    private void save(String name, String owner, LeadStage stage, LocalDate due, boolean confidential) {
        var lead = lead(name, data.user(owner));
        lead.setStage(stage);
        lead.setNextActionDue(due);
        lead.setConfidential(confidential);
        service.save(lead);
    }
}
