package org.kakehashi.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.Translations;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.PipelineTestData;
import org.kakehashi.pipeline.StageChange;
import org.kakehashi.security.UserRef;

class LeadBoardViewTest extends PipelineUiTest {



    @Test
    void the_board_has_a_column_per_stage_and_a_card_tells_company_sector_owner_and_next_action_with_overdue_marked() {
        login("officer");
        var late = lead("Kobe BioTherapeutics", data.user("officer"));
        late.setNextActionDue(TODAY.minusDays(2));
        late.setStage(LeadStage.CONTACTED);
        leadService.save(late);
        var onTime = lead("Toyohashi Gears", data.user("admin"));
        onTime.setSector("Machinery");
        onTime.setNextActionDue(TODAY.plusDays(3));
        onTime.setStage(LeadStage.CONTACTED);
        leadService.save(onTime);

        UI.getCurrent().navigate(LeadBoardView.class);

        var board = _get(LeadBoardView.class);
        assertThat(board.columns()).extracting(StageColumn::stage).containsExactly(LeadStage.values());
        var cards = column(LeadStage.CONTACTED).cards();
        assertThat(cards).extracting(card -> card.lead().getCompanyName())
                .containsExactly("Kobe BioTherapeutics", "Toyohashi Gears");
        assertThat(texts(cards.getFirst())).contains("Life science", "Jonas Albrecht", "Overdue: Next action 14 Mar 2026");
        assertThat(_find(cards.getFirst(), Span.class, spec -> spec.withClasses("overdue"))).hasSize(1);
        assertThat(texts(cards.get(1))).contains("Machinery", "Erik Nordvall", "Next action 19 Mar 2026");
        assertThat(_find(cards.get(1), Span.class, spec -> spec.withClasses("overdue"))).isEmpty();
        assertThat(column(LeadStage.IDENTIFIED).cards()).isEmpty();
    }

    @Test
    void a_column_shows_its_first_cards_and_show_more_brings_the_next_ones() {
        login("officer");
        for (int i = 1; i <= LeadBoardView.CARDS_PER_PAGE + 3; i++) {
            var lead = lead(String.format("Company %02d", i), data.user("officer"));
            lead.setNextActionDue(TODAY.plusDays(i));
            leadService.save(lead);
        }
        UI.getCurrent().navigate(LeadBoardView.class);

        var identified = column(LeadStage.IDENTIFIED);
        assertThat(identified.cards()).hasSize(LeadBoardView.CARDS_PER_PAGE);
        assertThat(identified.showMore.isVisible()).isTrue();

        ButtonKt._click(identified.showMore);

        assertThat(identified.cards()).hasSize(LeadBoardView.CARDS_PER_PAGE + 3);
        assertThat(identified.cards().getLast().lead().getCompanyName()).isEqualTo("Company 13");
        assertThat(identified.showMore.isVisible()).isFalse();
    }

    @Test
    void dropping_a_card_on_another_column_moves_the_lead_and_records_who_moved_it() {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));
        UI.getCurrent().navigate(LeadBoardView.class);

        var card = column(LeadStage.IDENTIFIED).cards().getFirst();
        var target = column(LeadStage.IN_DIALOGUE);
        assertThat(card.getElement().getProperty("draggable", false)).isTrue();
        ComponentUtil.fireEvent(card, new DragStartEvent<>(card, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));

        assertThat(column(LeadStage.IDENTIFIED).cards()).isEmpty();
        assertThat(target.cards()).extracting(c -> c.lead().getId()).containsExactly(saved.getId());
        assertThat(leadService.get(saved.getId()).orElseThrow().getStage()).isEqualTo(LeadStage.IN_DIALOGUE);
        assertThat(leadService.stageHistory(saved.getId())).last().satisfies(change -> {
            assertThat(change.getFromStage()).isEqualTo(LeadStage.IDENTIFIED);
            assertThat(change.getToStage()).isEqualTo(LeadStage.IN_DIALOGUE);
            assertThat(change.getChangedBy().getUsername()).isEqualTo("officer");
        });
        NotificationsKt.expectNotifications("Osaka Platform Inc. moved to In dialogue.");
    }

    @Test
    void the_move_menu_on_a_card_moves_the_lead_without_a_mouse() {
        login("officer");
        var saved = leadService.save(lead("Kansai Catalysts", data.user("officer")));
        UI.getCurrent().navigate(LeadBoardView.class);

        var card = column(LeadStage.IDENTIFIED).cards().getFirst();
        _click(_get(card, Button.class, spec -> spec.withClasses("lead-card-move")));
        assertThat(_find(Button.class, spec -> spec.withClasses("move-to-stage"))).extracting(Button::getText)
                .containsExactly("Contacted", "In dialogue", "Visit", "Negotiation", "Established", "Lost", "On hold");
        _click(_get(Button.class, spec -> spec.withText("Negotiation")));

        assertThat(column(LeadStage.NEGOTIATION).cards()).extracting(c -> c.lead().getId())
                .containsExactly(saved.getId());
        assertThat(leadService.stageHistory(saved.getId())).extracting(StageChange::getToStage)
                .containsExactly(LeadStage.IDENTIFIED, LeadStage.NEGOTIATION);
    }

    @Test
    void a_card_moved_by_someone_else_meanwhile_is_not_moved_again_and_the_user_is_told() {
        login("officer");
        var saved = leadService.save(lead("Kansai Catalysts", data.user("officer")));
        UI.getCurrent().navigate(LeadBoardView.class);
        boardService.moveTo(saved.getId(), saved.getVersion(), LeadStage.LOST);

        var staleCard = column(LeadStage.IDENTIFIED).cards().getFirst();
        _click(_get(staleCard, Button.class, spec -> spec.withClasses("lead-card-move")));
        _click(_get(Button.class, spec -> spec.withText("Visit")));

        assertThat(leadService.get(saved.getId()).orElseThrow().getStage()).isEqualTo(LeadStage.LOST);
        assertThat(column(LeadStage.LOST).cards()).hasSize(1);
        assertThat(column(LeadStage.IDENTIFIED).cards()).isEmpty();
        assertThat(column(LeadStage.VISIT).cards()).isEmpty();
        NotificationsKt.expectNotifications("Someone else changed Kansai Catalysts in the meantime. The board now "
                + "shows their change; move the card again if it is still needed.");
    }

    @Test
    void a_secretary_reads_the_board_but_has_nothing_to_drag_move_or_create() {
        login("officer");
        leadService.save(lead("Kansai Catalysts", data.user("officer")));

        login("secretary");
        UI.getCurrent().navigate(LeadBoardView.class);

        var card = column(LeadStage.IDENTIFIED).cards().getFirst();
        assertThat(card.getElement().getProperty("draggable", false)).isFalse();
        assertThat(_find(card, Button.class, spec -> spec.withClasses("lead-card-move"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("New lead"))).isEmpty();
        assertThat(_get(LeadBoardView.class).followUps.isAttached()).isFalse();
    }

    @Test
    void the_officer_sees_how_many_follow_ups_wait() {
        login("officer");
        var late = lead("Kobe BioTherapeutics", data.user("officer"));
        late.setNextActionDue(TODAY.minusDays(1));
        leadService.save(late);
        var thisWeek = lead("Toyohashi Gears", data.user("officer"));
        thisWeek.setNextActionDue(TODAY.plusDays(4));
        leadService.save(thisWeek);

        UI.getCurrent().navigate(LeadBoardView.class);

        assertThat(_get(LeadBoardView.class).followUps.getText()).isEqualTo("My follow-ups (2)");
    }

    @Test
    void the_board_narrows_to_an_owner_and_a_search_in_every_column() {
        login("officer");
        leadService.save(lead("Kobe BioTherapeutics", data.user("officer")));
        var theirs = lead("Kobe Fine Chemicals", data.user("admin"));
        theirs.setStage(LeadStage.VISIT);
        leadService.save(theirs);
        leadService.save(lead("Toyohashi Gears", data.user("admin")));
        UI.getCurrent().navigate(LeadBoardView.class);
        var board = _get(LeadBoardView.class);

        userSets(board.owner, UserRef.of(data.user("admin")));
        assertThat(column(LeadStage.IDENTIFIED).cards()).extracting(card -> card.lead().getCompanyName())
                .containsExactly("Toyohashi Gears");
        assertThat(column(LeadStage.VISIT).cards()).hasSize(1);

        userSets(board.search, "kobe");
        assertThat(column(LeadStage.IDENTIFIED).cards()).isEmpty();
        assertThat(column(LeadStage.VISIT).cards()).extracting(card -> card.lead().getCompanyName())
                .containsExactly("Kobe Fine Chemicals");
    }

    @Test
    void a_search_shows_each_column_its_first_matching_cards_and_how_many_match_and_show_more_goes_on_from_there() {
        login("officer");
        for (int i = 1; i <= LeadBoardView.CARDS_PER_PAGE + 2; i++) {
            var lead = lead(String.format("Kobe Company %02d", i), data.user("officer"));
            lead.setStage(LeadStage.CONTACTED);
            lead.setNextActionDue(TODAY.plusDays(i));
            leadService.save(lead);
        }
        var osaka = lead("Osaka Instruments", data.user("officer"));
        osaka.setStage(LeadStage.CONTACTED);
        osaka.setNextActionDue(TODAY);
        leadService.save(osaka);
        var visit = lead("Kobe Fine Chemicals", data.user("admin"));
        visit.setStage(LeadStage.VISIT);
        leadService.save(visit);
        leadService.save(lead("Toyohashi Gears", data.user("admin")));
        UI.getCurrent().navigate(LeadBoardView.class);
        var contacted = column(LeadStage.CONTACTED);
        ButtonKt._click(contacted.showMore);
        assertThat(contacted.cards()).hasSize(LeadBoardView.CARDS_PER_PAGE + 3);

        userSets(_get(LeadBoardView.class).search, "KOBE");

        assertThat(contacted.cards()).extracting(card -> card.lead().getCompanyName())
                .hasSize(LeadBoardView.CARDS_PER_PAGE).startsWith("Kobe Company 01", "Kobe Company 02")
                .endsWith("Kobe Company 10");
        assertThat(count(contacted)).isEqualTo("12");
        assertThat(contacted.showMore.isVisible()).isTrue();
        assertThat(column(LeadStage.VISIT).cards()).extracting(card -> card.lead().getCompanyName())
                .containsExactly("Kobe Fine Chemicals");
        assertThat(count(column(LeadStage.VISIT))).isEqualTo("1");
        assertThat(column(LeadStage.IDENTIFIED).cards()).isEmpty();
        assertThat(count(column(LeadStage.IDENTIFIED))).isEqualTo("0");
        assertThat(column(LeadStage.IDENTIFIED).showMore.isVisible()).isFalse();

        ButtonKt._click(contacted.showMore);

        assertThat(contacted.cards()).extracting(card -> card.lead().getCompanyName())
                .hasSize(LeadBoardView.CARDS_PER_PAGE + 2).endsWith("Kobe Company 11", "Kobe Company 12");
        assertThat(contacted.showMore.isVisible()).isFalse();
    }

    @Test
    void the_board_speaks_the_users_language_dates_included() {
        login("officer");
        var lead = lead("Kobe BioTherapeutics", data.user("officer"));
        lead.setNextActionDue(TODAY.plusDays(3));
        leadService.save(lead);
        UI.getCurrent().setLocale(Translations.JAPANESE);

        UI.getCurrent().navigate(LeadBoardView.class);

        assertThat(_find(H3.class).stream().map(H3::getText).toList())
                .containsExactly("特定", "接触済み", "対話中", "訪問", "交渉", "進出決定", "失注", "保留");
        assertThat(texts(column(LeadStage.IDENTIFIED).cards().getFirst())).contains("次のアクション 2026/03/19");
    }

    private static StageColumn column(LeadStage stage) {
        return _get(LeadBoardView.class).columns().stream().filter(c -> c.stage() == stage).findFirst().orElseThrow();
    }

    private static String count(StageColumn column) {
        return _get(column, Span.class, spec -> spec.withClasses("stage-column-count")).getText();
    }

    private static List<String> texts(LeadCard card) {
        return _find(card, Span.class).stream().map(Span::getText).toList();
    }

}
