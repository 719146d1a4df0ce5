package org.kakehashi.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.pipeline.ActivityKind;
import org.kakehashi.pipeline.InterestKind;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadSource;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.ProjectType;
import org.kakehashi.pipeline.StageChange;
import org.kakehashi.security.UserRef;
import org.springframework.beans.factory.annotation.Autowired;

class LeadViewTest extends PipelineUiTest {


    @Autowired
    private OrganisationService organisationService;


    @Test
    void an_officer_creates_a_lead_with_every_field_and_the_probability_follows_the_stage() {
        login("officer");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        assertThat(form.owner.getValue()).isEqualTo(UserRef.of(data.user("officer")));
        assertThat(form.probability.getValue()).isEqualTo(LeadStage.IDENTIFIED.defaultProbability());

        userSets(form.companyName, "Kobe BioTherapeutics");
        userSets(form.companyNameJapanese, "神戸バイオセラピューティクス");
        userSets(form.headquarters, "Kobe, Hyogo");
        userSets(form.sector, "Life science");
        userSets(form.interestKind, InterestKind.RESEARCH_PARTNERSHIP);
        userSets(form.stage, LeadStage.IN_DIALOGUE);
        assertThat(form.probability.getValue()).isEqualTo(LeadStage.IN_DIALOGUE.defaultProbability());
        userSets(form.source, LeadSource.DELEGATION);
        userSets(form.projectType, ProjectType.RESEARCH_AND_DEVELOPMENT);
        userSets(form.competingLocations, "Munich, Basel");
        userSets(form.expectedDecisionDate, TODAY.plusMonths(4));
        userSets(form.estimatedJobs, 12);
        userSets(form.estimatedInvestment, new BigDecimal("150000000"));
        userSets(form.investmentCurrency, "JPY");
        userSets(form.nextAction, "Send the list of partner labs");
        userSets(form.nextActionDue, TODAY.plusDays(7));
        ButtonKt._click(form.save);

        var saved = leadService.page(LeadFilter.all(), org.springframework.data.domain.Pageable.ofSize(5))
                .getContent();
        assertThat(saved).singleElement().satisfies(lead -> {
            assertThat(lead.getCompanyNameJapanese()).isEqualTo("神戸バイオセラピューティクス");
            assertThat(lead.getStage()).isEqualTo(LeadStage.IN_DIALOGUE);
            assertThat(lead.getProbability()).isEqualTo(25);
            assertThat(lead.getInvestment().getAmount()).isEqualByComparingTo("150000000");
            assertThat(lead.getInvestment().getProjectType()).isEqualTo(ProjectType.RESEARCH_AND_DEVELOPMENT);
        });
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("pipeline/leads/" + saved.getFirst().getId());
        assertThat(_get(LeadView.class).investment.getText()).isEqualTo("Estimated investment ¥150,000,000");
        assertThat(_get(H2.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo("Kobe BioTherapeutics");
        assertThat(GridKt._size(_get(LeadView.class).history.grid)).isEqualTo(1);
    }

    @Test
    void the_referring_partner_is_chosen_from_the_member_register() {
        login("admin");
        var agency = new Organisation();
        agency.setName("Trade-promotion agency, Osaka office");
        agency.setKind(OrganisationKind.AGENCY);
        agency.setCountry("JP");
        organisationService.save(agency);
        var consulate = new Organisation();
        consulate.setName("Consulate General in Osaka");
        consulate.setKind(OrganisationKind.AGENCY);
        consulate.setCountry("JP");
        organisationService.save(consulate);

        login("officer");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        var partners = form.referringPartner.getLazyDataView().getItems().toList();
        assertThat(partners).extracting(OrganisationRef::name)
                .contains("Consulate General in Osaka", "Trade-promotion agency, Osaka office");
        userSets(form.companyName, "Kansai Precision Diagnostics");
        userSets(form.referringPartner, partners.stream()
                .filter(partner -> partner.name().startsWith("Trade")).findFirst().orElseThrow());
        ButtonKt._click(form.save);

        var saved = leadService.page(LeadFilter.all(), org.springframework.data.domain.Pageable.ofSize(5))
                .getContent().getFirst();
        assertThat(saved.getReferringPartner().getName()).isEqualTo("Trade-promotion agency, Osaka office");
    }

    @Test
    void a_probability_typed_by_hand_stays_when_the_stage_changes() {
        login("officer");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);

        userSets(form.probability, 70);
        userSets(form.stage, LeadStage.VISIT);

        assertThat(form.probability.getValue()).isEqualTo(70);
    }

    @Test
    void bad_input_is_shown_at_the_fields_and_nothing_is_saved() {
        login("officer");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);

        userSets(form.country, "jp");
        userSets(form.probability, 140);
        userSets(form.estimatedJobs, -3);
        ButtonKt._click(form.save);

        assertThat(form.companyName.isInvalid()).isTrue();
        assertThat(form.companyName.getErrorMessage()).isEqualTo("Required.");
        assertThat(form.country.getErrorMessage()).isEqualTo("A two-letter country code in capitals, such as JP, SE or DE.");
        assertThat(form.probability.getErrorMessage()).isEqualTo("A percentage from 0 to 100.");
        assertThat(form.estimatedJobs.getErrorMessage()).isEqualTo("Must not be negative.");
        assertThat(leadService.count(LeadFilter.all())).isZero();
    }

    @Test
    void an_activity_with_a_next_action_goes_on_the_timeline_and_becomes_the_leads_next_action() {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
        var timeline = _get(ActivityTimeline.class);
        assertThat(timeline.entries.getChildren()).singleElement()
                .extracting(item -> ((ListItem) item).getText()).isEqualTo("No activities yet.");

        userSets(timeline.kind, ActivityKind.MEETING);
        userSets(timeline.summary, "Met the CTO in Osaka; interested in the city's open lab floors");
        userSets(timeline.setsNextAction, true);
        userSets(timeline.nextAction, "Send lab floor plans");
        userSets(timeline.nextActionDue, TODAY.plusDays(3));
        ButtonKt._click(timeline.add);

        assertThat(_find(timeline, ListItem.class)).singleElement().satisfies(item ->
                assertThat(item.getElement().getTextRecursively())
                        .contains("Meeting, 16 Mar 2026, Jonas Albrecht")
                        .contains("Met the CTO in Osaka"));
        assertThat(_get(LeadForm.class).nextAction.getValue()).isEqualTo("Send lab floor plans");
        assertThat(leadService.get(saved.getId()).orElseThrow().getNextActionDue()).isEqualTo(TODAY.plusDays(3));
        assertThat(timeline.summary.getValue()).isEmpty();
    }

    @Test
    void a_stage_changed_in_the_form_shows_in_the_stage_history() {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));
        data.clock().advance(java.time.Duration.ofDays(3));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
        var form = _get(LeadForm.class);

        userSets(form.stage, LeadStage.CONTACTED);
        ButtonKt._click(form.save);

        var grid = _get(LeadView.class).history.grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt.getPresentationValue(grid.getColumns().getFirst(), GridKt._get(grid, 0)))
                .isEqualTo("Contacted");
        assertThat(GridKt.getPresentationValue(grid.getColumns().getLast(), GridKt._get(grid, 1)))
                .isEqualTo("3 days");
        assertThat(leadService.stageHistory(saved.getId())).extracting(StageChange::getToStage)
                .containsExactly(LeadStage.IDENTIFIED, LeadStage.CONTACTED);
    }

    @Test
    void of_two_officers_saving_the_same_lead_the_second_is_told_and_reload_shows_the_first_change()
            throws Exception {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
        var form = _get(LeadForm.class);

        // The other officer works in a browser session of her own, on a thread of its own as Karibu keeps them
        var other = new Thread(() -> inSessionOf("officer", () -> {
            UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
            var theirs = _get(LeadForm.class);
            userSets(theirs.sector, "Changed by the other officer");
            ButtonKt._click(theirs.save);
        }));
        other.start();
        other.join();
        userSets(form.sector, "Changed here");
        ButtonKt._click(form.save);

        assertThat(_find(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith(
                "Someone else changed this record while you were editing it.")))).hasSize(1);
        assertThat(leadService.get(saved.getId()).orElseThrow().getSector())
                .isEqualTo("Changed by the other officer");
        assertThat(form.sector.getValue()).isEqualTo("Changed here");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Reload")));
        assertThat(_get(LeadForm.class).sector.getValue()).isEqualTo("Changed by the other officer");
    }

    @Test
    void the_history_of_a_lead_tells_who_changed_which_field_from_what_to_what() {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));
        saved.setStage(LeadStage.CONTACTED);
        saved.getInvestment().setAmount(new BigDecimal("2500000"));
        leadService.save(saved);

        login("board");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
        ButtonKt._click(_get(LeadView.class).changes);

        var grid = _get(HistoryDialog.class).getChildren().filter(Grid.class::isInstance)
                .map(child -> (Grid<?>) child).findFirst().orElseThrow();
        var rows = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> grid.getColumns().stream()
                .map(column -> GridKt.getPresentationValue((Grid.Column) column, GridKt._get(grid, row))).toList())
                .toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("officer", "Lead changed", "Stage",
                "Identified", "Contacted"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Lead created", "Company", "",
                "Osaka Platform Inc."));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsSubsequence("Lead changed",
                "Estimated investment", "", "2500000"));
    }

    @Test
    void a_secretary_reads_a_lead_but_cannot_edit_it_or_add_activities() {
        login("officer");
        var saved = leadService.save(lead("Osaka Platform Inc.", data.user("officer")));

        login("secretary");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));

        var form = _get(LeadForm.class);
        assertThat(form.companyName.getValue()).isEqualTo("Osaka Platform Inc.");
        assertThat(form.companyName.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(_get(ActivityTimeline.class).add.isVisible() && _get(ActivityTimeline.class).add.getParent()
                .map(parent -> parent.isVisible()).orElse(false)).isFalse();
    }

    @Test
    void another_officer_opening_a_confidential_lead_finds_nothing() {
        login("officer");
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        var saved = leadService.save(secret);

        login("officer2");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));

        var view = _get(LeadView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.form.companyName.getValue()).isEmpty();
    }

    @Test
    void an_officer_saving_a_lead_its_owner_made_confidential_meanwhile_is_told_it_is_not_there_not_of_a_conflict()
            throws Exception {
        login("officer");
        var saved = leadService.save(lead("Shonan Cell Design", data.user("officer")));

        login("officer2");
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(saved.getId()));
        var form = _get(LeadForm.class);
        var other = new Thread(() -> inSessionOf("officer", () -> {
            var mine = leadService.get(saved.getId()).orElseThrow();
            mine.setConfidential(true);
            leadService.save(mine);
        }));
        other.start();
        other.join();
        userSets(form.sector, "Changed by the other officer");
        ButtonKt._click(form.save);

        var view = _get(LeadView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.form.isVisible()).isFalse();
        assertThat(_find(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith(
                "Someone else changed this record")))).isEmpty();
        login("officer");
        assertThat(leadService.get(saved.getId()).orElseThrow().getSector()).isNotEqualTo("Changed by the other officer");
    }
}
