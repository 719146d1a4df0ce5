package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.security.Roles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class LeadServiceTest extends PipelineServiceTest {


    @Test
    void a_new_lead_starts_its_stage_history_with_who_created_it_and_when() {
        var officer = data.loginAs("officer");

        var saved = service.save(lead("Kobe BioTherapeutics", data.user("officer")));

        assertThat(saved.getOwner().getDisplayName()).isEqualTo(officer.displayName());
        assertThat(saved.getStageSince()).isEqualTo(PipelineTestData.NOW);
        assertThat(service.stageHistory(saved.getId())).singleElement().satisfies(change -> {
            assertThat(change.getFromStage()).isNull();
            assertThat(change.getToStage()).isEqualTo(LeadStage.IDENTIFIED);
            assertThat(change.getChangedBy().getUsername()).isEqualTo("officer");
            assertThat(change.getChangedAt()).isEqualTo(PipelineTestData.NOW);
        });
    }

    @ParameterizedTest(name = "{0} does not see another officer's confidential lead, in lists or by id")
    @ValueSource(strings = {"officer2", "secretary", "board"})
    void a_confidential_lead_is_hidden_from_everyone_but_its_owner_and_the_administrators(String username) {
        data.loginAs("officer");
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        var secretId = service.save(secret).getId();
        var openId = service.save(lead("Toyohashi Gears", data.user("officer"))).getId();

        data.loginAs(username);
        assertThat(service.page(LeadFilter.all(), Pageable.ofSize(50)).getContent())
                .extracting(Lead::getId).containsExactly(openId);
        assertThat(service.count(LeadFilter.all())).isEqualTo(1);
        assertThat(service.get(secretId)).isEmpty();
        assertThat(boardService.board(LeadFilter.all(), 10).getFirst().leads()).extracting(Lead::getId)
                .containsExactly(openId);
        assertThat(boardService.board(LeadFilter.all(), 10).getFirst().total()).isEqualTo(1);
        assertThatThrownBy(() -> activityService.activities(secretId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.stageHistory(secretId)).isInstanceOf(AccessDeniedException.class);

        data.loginAs("officer");
        assertThat(service.get(secretId)).isPresent();
        assertThat(service.count(LeadFilter.all())).isEqualTo(2);
        data.loginAs("admin");
        assertThat(service.get(secretId)).isPresent();
        assertThat(service.count(LeadFilter.all())).isEqualTo(2);
    }

    @Test
    void another_officer_can_neither_move_nor_overwrite_a_confidential_lead_nor_add_to_its_timeline() {
        data.loginAs("officer");
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        var saved = service.save(secret);

        // Told that it does not exist, as when reading it, and as for a lead that does not exist: not a conflict
        data.loginAs("officer2");
        assertThatThrownBy(() -> boardService.moveTo(saved.getId(), saved.getVersion(), LeadStage.LOST))
                .isInstanceOf(LeadService.LeadNotFoundException.class);
        saved.setCompanyName("Taken over");
        assertThatThrownBy(() -> service.save(saved)).isInstanceOf(LeadService.LeadNotFoundException.class);
        var missing = lead("Never Stored KK", data.user("officer2"));
        org.springframework.test.util.ReflectionTestUtils.setField(missing, "id", saved.getId() + 1000);
        assertThatThrownBy(() -> service.save(missing)).isInstanceOf(LeadService.LeadNotFoundException.class);
        assertThatThrownBy(() -> boardService.moveTo(saved.getId() + 1000, 0, LeadStage.LOST))
                .isInstanceOf(LeadService.LeadNotFoundException.class);
        assertThatThrownBy(() -> activityService.addActivity(saved.getId(), activity("Called"), null))
                .isInstanceOf(AccessDeniedException.class);

        data.loginAs("officer");
        var unchanged = service.get(saved.getId()).orElseThrow();
        assertThat(unchanged.getCompanyName()).isEqualTo("Shonan Cell Design");
        assertThat(unchanged.getStage()).isEqualTo(LeadStage.IDENTIFIED);
    }

    @Test
    void aggregate_figures_count_confidential_leads_that_the_viewer_cannot_see() {
        data.loginAs("officer");
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        var saved = service.save(secret);
        boardService.moveTo(saved.getId(), saved.getVersion(), LeadStage.ESTABLISHED);
        service.save(lead("Toyohashi Gears", data.user("officer")));

        data.loginAs("board");
        var conversion = figureService.conversionToEstablished(TODAY.minusDays(1), TODAY);
        assertThat(conversion.leads()).isEqualTo(2);
        assertThat(conversion.established()).isEqualTo(1);
        assertThat(conversion.rate()).isEqualTo(0.5);
    }

    @Test
    void moving_a_card_records_who_moved_it_when_and_the_stage_probability_follows_unless_set_by_hand() {
        data.loginAs("officer");
        var byDefault = service.save(lead("Osaka Platform Inc.", data.user("officer")));
        var setByHand = lead("Kansai Catalysts", data.user("officer"));
        setByHand.setProbability(33);
        setByHand = service.save(setByHand);
        data.clock().advance(Duration.ofDays(3));

        data.loginAs("officer2");
        var moved = boardService.moveTo(byDefault.getId(), byDefault.getVersion(), LeadStage.VISIT);
        var movedByHand = boardService.moveTo(setByHand.getId(), setByHand.getVersion(), LeadStage.VISIT);

        assertThat(moved.getStage()).isEqualTo(LeadStage.VISIT);
        assertThat(moved.getProbability()).isEqualTo(LeadStage.VISIT.defaultProbability());
        assertThat(movedByHand.getProbability()).isEqualTo(33);
        assertThat(service.stageHistory(byDefault.getId())).hasSize(2).last().satisfies(change -> {
            assertThat(change.getFromStage()).isEqualTo(LeadStage.IDENTIFIED);
            assertThat(change.getToStage()).isEqualTo(LeadStage.VISIT);
            assertThat(change.getChangedBy().getUsername()).isEqualTo("officer2");
            assertThat(change.getChangedAt()).isEqualTo(PipelineTestData.NOW.plus(Duration.ofDays(3)));
        });
    }

    @Test
    void a_move_made_on_an_outdated_card_is_refused_and_the_first_change_stays() {
        data.loginAs("officer");
        var shown = service.save(lead("Osaka Platform Inc.", data.user("officer")));
        boardService.moveTo(shown.getId(), shown.getVersion(), LeadStage.CONTACTED);

        assertThatThrownBy(() -> boardService.moveTo(shown.getId(), shown.getVersion(), LeadStage.LOST))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        shown.setCompanyName("Edited on an old copy");
        assertThatThrownBy(() -> service.save(shown)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        var stored = service.get(shown.getId()).orElseThrow();
        assertThat(stored.getStage()).isEqualTo(LeadStage.CONTACTED);
        assertThat(stored.getCompanyName()).isEqualTo("Osaka Platform Inc.");
        assertThat(service.stageHistory(shown.getId())).hasSize(2);
    }

    @Test
    void a_stage_changed_in_the_form_is_recorded_in_the_history_too() {
        data.loginAs("officer");
        var saved = service.save(lead("Osaka Platform Inc.", data.user("officer")));
        data.clock().advance(Duration.ofHours(5));

        saved.setStage(LeadStage.IN_DIALOGUE);
        saved.setSector("Platforms");
        var changed = service.save(saved);
        changed.setSector("Innovation platforms");
        service.save(changed);

        assertThat(service.stageHistory(saved.getId())).extracting(StageChange::getToStage)
                .containsExactly(LeadStage.IDENTIFIED, LeadStage.IN_DIALOGUE);
        assertThat(service.get(saved.getId()).orElseThrow().getStageSince())
                .isEqualTo(PipelineTestData.NOW.plus(Duration.ofHours(5)));
    }

    @Test
    void time_in_stage_runs_from_each_change_to_the_next_and_the_last_one_until_now() {
        data.loginAs("officer");
        var lead = service.save(lead("Osaka Platform Inc.", data.user("officer")));
        data.clock().advance(Duration.ofDays(10));
        lead = boardService.moveTo(lead.getId(), lead.getVersion(), LeadStage.CONTACTED);
        data.clock().advance(Duration.ofDays(4));
        boardService.moveTo(lead.getId(), lead.getVersion(), LeadStage.IN_DIALOGUE);
        data.clock().advance(Duration.ofDays(2));

        assertThat(service.timeInStage(lead.getId()))
                .extracting(StagePeriod::stage, StagePeriod::duration)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LeadStage.IDENTIFIED, Duration.ofDays(10)),
                        org.assertj.core.groups.Tuple.tuple(LeadStage.CONTACTED, Duration.ofDays(4)),
                        org.assertj.core.groups.Tuple.tuple(LeadStage.IN_DIALOGUE, Duration.ofDays(2)));
        assertThat(service.timeInStage(lead.getId()).getLast().left()).isNull();
    }

    @Test
    void the_average_time_in_each_stage_counts_every_lead_and_the_present_stays_until_now() {
        data.loginAs("officer");
        var quick = service.save(lead("Quick Robotics", data.user("officer")));
        var secret = lead("Slow Secret Pharma", data.user("officer"));
        secret.setConfidential(true);
        secret = service.save(secret);
        data.clock().advance(Duration.ofDays(2));
        boardService.moveTo(quick.getId(), quick.getVersion(), LeadStage.CONTACTED);
        data.clock().advance(Duration.ofDays(4));
        boardService.moveTo(secret.getId(), secret.getVersion(), LeadStage.CONTACTED);
        data.clock().advance(Duration.ofDays(1));

        data.loginAs("board");
        var averages = figureService.averageTimeInStage();

        assertThat(averages.get(LeadStage.IDENTIFIED)).isEqualTo(Duration.ofDays(4));
        assertThat(averages.get(LeadStage.CONTACTED)).isEqualTo(Duration.ofDays(3));
        assertThat(averages).doesNotContainKey(LeadStage.ESTABLISHED);
    }

    @Test
    void conversion_counts_only_the_leads_that_entered_in_the_period() {
        data.loginAs("officer");
        var early = service.save(lead("Early Robotics", data.user("officer")));
        boardService.moveTo(early.getId(), early.getVersion(), LeadStage.ESTABLISHED);
        data.clock().advance(Duration.ofDays(40));
        var won = service.save(lead("Won Chemicals", data.user("officer")));
        boardService.moveTo(won.getId(), won.getVersion(), LeadStage.ESTABLISHED);
        var lost = service.save(lead("Lost Machinery", data.user("officer")));
        boardService.moveTo(lost.getId(), lost.getVersion(), LeadStage.LOST);
        service.save(lead("Open Biotech", data.user("officer")));

        var lastMonth = figureService.conversionToEstablished(TODAY.plusDays(30), TODAY.plusDays(40));

        assertThat(lastMonth).isEqualTo(new Conversion(3, 1));
        assertThat(figureService.conversionToEstablished(TODAY.plusDays(100), TODAY.plusDays(120)).rate()).isZero();
    }

    @Test
    void an_activity_is_recorded_with_its_author_and_can_set_the_next_action() {
        data.loginAs("officer");
        var lead = service.save(lead("Osaka Platform Inc.", data.user("officer")));

        data.loginAs("officer2");
        var call = activity("Talked about lab space in the science park");
        call.setKind(ActivityKind.CALL);
        activityService.addActivity(lead.getId(), call, new NextStep("Send the lab floor plans", TODAY.plusDays(2)));
        activityService.addActivity(lead.getId(), activity("Note without a next step"), null);

        var stored = service.get(lead.getId()).orElseThrow();
        assertThat(stored.getNextAction()).isEqualTo("Send the lab floor plans");
        assertThat(stored.getNextActionDue()).isEqualTo(TODAY.plusDays(2));
        assertThat(activityService.activities(lead.getId()))
                .extracting(Activity::getSummary, activity -> activity.getAuthor().getUsername())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Talked about lab space in the science park", "officer2"),
                        org.assertj.core.groups.Tuple.tuple("Note without a next step", "officer2"));
    }

    @Test
    void my_follow_ups_are_my_open_leads_overdue_or_due_by_sunday() {
        data.loginAs("officer");
        var overdue = followUp("Overdue Pharma", "officer", TODAY.minusDays(3), LeadStage.CONTACTED);
        var dueSunday = followUp("Sunday Robotics", "officer", TODAY.plusDays(6), LeadStage.VISIT);
        followUp("Next Week Chemicals", "officer", TODAY.plusDays(7), LeadStage.VISIT);
        followUp("Won Long Ago", "officer", TODAY.minusDays(10), LeadStage.ESTABLISHED);
        followUp("Someone Else's", "officer2", TODAY.minusDays(1), LeadStage.CONTACTED);

        assertThat(boardService.myFollowUps(Pageable.ofSize(10)).getContent()).extracting(Lead::getId)
                .containsExactlyInAnyOrder(overdue, dueSunday);
        assertThat(boardService.myFollowUpCount()).isEqualTo(2);
        data.loginAs("officer2");
        assertThat(boardService.myFollowUpCount()).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_stage_owner_sector_country_kind_of_interest_and_next_action() {
        data.loginAs("officer");
        var kobe = lead("Kobe BioTherapeutics", data.user("officer"));
        kobe.setNextActionDue(TODAY.minusDays(1));
        var kobeId = service.save(kobe).getId();
        var gears = lead("Toyohashi Gears", data.user("officer2"));
        gears.setSector("Machinery");
        gears.setCountry("DE");
        gears.setInterestKind(InterestKind.INVESTMENT);
        gears.setStage(LeadStage.CONTACTED);
        var gearsId = service.save(gears).getId();

        assertThat(ids(new LeadFilter(null, LeadStage.CONTACTED, null, null, null, null, null))).containsExactly(gearsId);
        assertThat(ids(new LeadFilter(null, null, data.user("officer").getId(), null, null, null, null)))
                .containsExactly(kobeId);
        assertThat(ids(new LeadFilter(null, null, null, "Machinery", null, null, null))).containsExactly(gearsId);
        assertThat(ids(new LeadFilter(null, null, null, null, "DE", null, null))).containsExactly(gearsId);
        assertThat(ids(new LeadFilter(null, null, null, null, null, InterestKind.INVESTMENT, null)))
                .containsExactly(gearsId);
        assertThat(ids(new LeadFilter(null, null, null, null, null, null, NextActionDue.OVERDUE)))
                .containsExactly(kobeId);
        assertThat(ids(new LeadFilter(null, null, null, null, null, null, NextActionDue.NONE_PLANNED)))
                .containsExactly(gearsId);
        assertThat(ids(new LeadFilter("kobe bio", null, null, null, null, null, null))).containsExactly(kobeId);
    }

    @Test
    void a_board_column_holds_only_its_first_cards_and_knows_how_many_there_are() {
        data.loginAs("officer");
        for (int i = 1; i <= 7; i++) {
            var lead = lead("Company " + i, data.user("officer"));
            lead.setNextActionDue(TODAY.plusDays(i));
            service.save(lead);
        }

        var identified = boardService.board(LeadFilter.all(), 5).getFirst();

        assertThat(identified.stage()).isEqualTo(LeadStage.IDENTIFIED);
        assertThat(identified.leads()).extracting(Lead::getCompanyName)
                .containsExactly("Company 1", "Company 2", "Company 3", "Company 4", "Company 5");
        assertThat(identified.total()).isEqualTo(7);
        assertThat(identified.hasMore()).isTrue();
        assertThat(boardService.column(LeadFilter.all(), LeadStage.IDENTIFIED, 10).leads()).hasSize(7);
        assertThat(boardService.board(LeadFilter.all(), 5)).extracting(BoardColumn::stage)
                .containsExactly(LeadStage.values());
    }

    @ParameterizedTest(name = "{0} reads the pipeline but may not change it")
    @ValueSource(strings = {"secretary", "board"})
    void readers_may_not_change_leads(String username) {
        data.loginAs("officer");
        var lead = service.save(lead("Osaka Platform Inc.", data.user("officer")));

        data.loginAs(username);
        assertThat(service.get(lead.getId())).isPresent();
        assertThatThrownBy(() -> service.save(lead)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boardService.moveTo(lead.getId(), lead.getVersion(), LeadStage.LOST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activityService.addActivity(lead.getId(), activity("x"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Roles.ALL).contains(username.toUpperCase());
    }

    private long followUp(String company, String owner, LocalDate due, LeadStage stage) {
        var lead = lead(company, data.user(owner));
        lead.setNextAction("Call back");
        lead.setNextActionDue(due);
        lead.setStage(stage);
        return service.save(lead).getId();
    }

    private java.util.List<Long> ids(LeadFilter filter) {
        return service.page(filter, Pageable.ofSize(50)).getContent().stream().map(Lead::getId).toList();
    }

    private static Activity activity(String summary) {
        var activity = new Activity();
        activity.setKind(ActivityKind.NOTE);
        activity.setDate(TODAY);
        activity.setSummary(summary);
        return activity;
    }

    @Test
    void an_activity_is_kept_in_its_leads_history_with_who_recorded_it() {
        data.loginAs("officer");
        var lead = service.save(lead("Toyohashi Optics", data.user("officer")));
        var visit = activity("Visited the plant in Toyohashi");
        visit.setKind(ActivityKind.VISIT);

        activityService.addActivity(lead.getId(), visit, null);

        data.loginAs("board");
        assertThat(service.history(lead.getId(), Pageable.ofSize(50)).getContent())
                .filteredOn(entry -> entry.entityType().equals("Activity"))
                .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::newValue)
                .contains(tuple("officer", AuditEntry.Action.CREATE, "summary", "Visited the plant in Toyohashi"),
                        tuple("officer", AuditEntry.Action.CREATE, "kind", "VISIT"),
                        tuple("officer", AuditEntry.Action.CREATE, "date", TODAY.toString()));
    }

    @Test
    void a_confidential_leads_history_is_refused_to_whoever_may_not_see_the_lead() {
        data.loginAs("officer");
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        secret = service.save(secret);
        secret.setSector("Regenerative medicine");
        service.save(secret);
        var secretId = secret.getId();

        for (var outsider : List.of("officer2", "secretary", "board")) {
            data.loginAs(outsider);
            assertThatThrownBy(() -> service.history(secretId, Pageable.ofSize(10)))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
        for (var insider : List.of("officer", "admin")) {
            data.loginAs(insider);
            assertThat(service.history(secretId, Pageable.ofSize(50)).getContent())
                    .extracting(AuditEntry::changedBy, AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                            AuditEntry::newValue)
                    .contains(tuple("officer", AuditEntry.Action.UPDATE, "sector", "Life science",
                            "Regenerative medicine"), tuple("officer", AuditEntry.Action.CREATE, "confidential",
                            null, "true"));
        }
    }
}
