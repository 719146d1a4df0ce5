package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kakehashi.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@PostgresTest
class PipelineStoragePostgresIT extends PipelineServiceTest {

    @Autowired
    private SavedLeadFilterService savedFilters;

    @Test
    void a_lead_with_every_field_and_a_japanese_name_round_trips_and_is_found_by_either_name() {
        data.loginAs("officer2");
        var lead = lead("Kōbe Regenerative Cell Therapeutics", data.user("officer2"));
        lead.setCompanyNameJapanese("神戸再生細胞セラピューティクス");
        lead.setInterestKind(InterestKind.RESEARCH_PARTNERSHIP);
        lead.getOrigin().setSource(LeadSource.DELEGATION);
        lead.getInvestment().setProjectType(ProjectType.RESEARCH_AND_DEVELOPMENT);
        lead.getInvestment().setAmount(new BigDecimal("150000000.00"));
        lead.getInvestment().setCurrency("JPY");
        lead.setEstimatedJobs(12);
        lead.setExpectedDecisionDate(TODAY.plusMonths(3));
        var id = service.save(lead).getId();

        var stored = service.get(id).orElseThrow();
        assertThat(stored.getCompanyNameJapanese()).isEqualTo("神戸再生細胞セラピューティクス");
        assertThat(stored.getInvestment().getAmount()).isEqualByComparingTo("150000000");
        assertThat(ids(new LeadFilter("kobe regen", null, null, null, null, null, null))).containsExactly(id);
        assertThat(ids(new LeadFilter("再生細胞", null, null, null, null, null, null))).containsExactly(id);
        assertThat(ids(new LeadFilter("50%_", null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void confidential_leads_stay_hidden_on_postgresql_in_the_list_the_board_and_by_id() {
        data.loginAs("officer2");
        var secret = lead("Shonan Cell Design", data.user("officer2"));
        secret.setConfidential(true);
        var secretId = service.save(secret).getId();

        data.loginAs("admin");
        assertThat(service.get(secretId)).isPresent();
        var open = service.save(lead("Toyohashi Gears", data.user("admin"))).getId();
        assertThat(service.count(LeadFilter.all())).isEqualTo(2);

        data.loginAs("officer2");
        assertThat(boardService.board(LeadFilter.all(), 10).getFirst().total()).isEqualTo(2);

        data.loginAs("board2");
        assertThat(service.get(secretId)).isEmpty();
        assertThat(ids(LeadFilter.all())).containsExactly(open);
        assertThat(boardService.board(LeadFilter.all(), 10).getFirst().leads()).extracting(Lead::getId)
                .containsExactly(open);
        assertThat(figureService.conversionToEstablished(TODAY, TODAY).leads()).isEqualTo(2);
    }

    @Test
    void moving_sorting_follow_ups_and_conversion_work_on_postgresql() {
        data.loginAs("officer2");
        var first = lead("Alpha Robotics", data.user("officer2"));
        first.setNextActionDue(TODAY.minusDays(1));
        var alpha = service.save(first);
        var second = lead("Beta Chemicals", data.user("officer2"));
        second.setNextActionDue(TODAY.plusDays(30));
        service.save(second);
        data.clock().advance(Duration.ofDays(2));

        var moved = boardService.moveTo(alpha.getId(), alpha.getVersion(), LeadStage.ESTABLISHED);
        assertThatThrownBy(() -> boardService.moveTo(alpha.getId(), alpha.getVersion(), LeadStage.LOST))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(moved.getVersion()).isGreaterThan(alpha.getVersion());
        assertThat(service.timeInStage(alpha.getId())).extracting(StagePeriod::duration)
                .containsExactly(Duration.ofDays(2), Duration.ZERO);
        assertThat(figureService.conversionToEstablished(TODAY.minusDays(1), TODAY)).isEqualTo(new Conversion(2, 1));
        assertThat(figureService.averageTimeInStage()).containsEntry(LeadStage.IDENTIFIED, Duration.ofDays(2))
                .containsEntry(LeadStage.ESTABLISHED, Duration.ZERO);
        assertThat(service.page(LeadFilter.all(), PageRequest.of(0, 10, Sort.by(Sort.Order.desc("owner"),
                Sort.Order.asc("nextActionDue")))).getContent()).extracting(Lead::getCompanyName)
                .containsExactly("Alpha Robotics", "Beta Chemicals");
        assertThat(boardService.myFollowUpCount()).isZero();

        savedFilters.save("Established", new LeadFilter(null, LeadStage.ESTABLISHED, null, null, null, null, null));
        assertThat(ids(savedFilters.own().getFirst().getFilter())).containsExactly(alpha.getId());
    }

    private java.util.List<Long> ids(LeadFilter filter) {
        return service.page(filter, PageRequest.of(0, 50)).getContent().stream().map(Lead::getId).toList();
    }
}
