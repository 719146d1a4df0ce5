package org.kakehashi.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationRef;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItemRef;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadSource;
import org.kakehashi.pipeline.LeadStage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The lead form's source delegation and the delegation page's leads, totals and "Create a lead". */
class LeadLinksViewTest extends PipelineUiTest {

    @Autowired
    private DelegationService delegations;

    @Test
    void an_officer_links_a_new_lead_to_a_delegation_and_the_programme_items_where_it_was_met() {
        login("officer");
        var mission = mission("Kansai biotech mission");
        var visit = delegations.saveItem(Fixtures.item(mission, "Visit to Kobe BioMed",
                LocalDateTime.of(2026, 10, 21, 10, 0), "Asia/Tokyo"));
        delegations.saveItem(Fixtures.item(mission, "Networking dinner", LocalDateTime.of(2026, 10, 21, 18, 0),
                "Asia/Tokyo"));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);

        userSets(form.companyName, "Kobe BioMed K.K.");
        userSets(form.sourceDelegation, DelegationRef.of(mission));
        assertThat(form.metAt.getLazyDataView().getItems().limit(2)).extracting(ProgrammeItemRef::title)
                .containsExactly("Visit to Kobe BioMed", "Networking dinner");
        userSets(form.metAt, Set.of(ProgrammeItemRef.of(visit)));
        ButtonKt._click(form.save);

        var saved = leadService.page(LeadFilter.all(), Pageable.ofSize(5)).getContent();
        assertThat(saved).singleElement().satisfies(lead -> {
            assertThat(lead.getOrigin().getDelegationId()).isEqualTo(mission.getId());
            assertThat(leadService.get(lead.getId()).orElseThrow().getMetAtProgrammeItemIds())
                    .containsExactly(visit.getId());
        });
        var reopened = _get(LeadForm.class);
        assertThat(reopened.sourceDelegation.getValue()).isEqualTo(DelegationRef.of(mission));
        assertThat(reopened.metAt.getValue()).containsExactly(ProgrammeItemRef.of(visit));
        var link = _get(LeadView.class).sourceDelegation;
        assertThat(link.isVisible()).isTrue();
        assertThat(link.getText()).isEqualTo("From the delegation Kansai biotech mission");
        assertThat(link.getHref()).isEqualTo("delegations/" + mission.getId());
    }

    @Test
    void create_a_lead_on_a_delegation_page_opens_a_new_lead_with_the_delegation_as_its_source() {
        login("officer");
        var mission = mission("Tokai mobility mission");
        UI.getCurrent().navigate("delegations/" + mission.getId());

        var create = _get(Anchor.class, spec -> spec.withClasses("outcome-create"));
        assertThat(create.getText()).isEqualTo("Create a lead");
        var href = create.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], com.vaadin.flow.router.QueryParameters.fromString(href[1]));

        var form = _get(LeadForm.class);
        assertThat(form.sourceDelegation.getValue()).isEqualTo(DelegationRef.of(mission));
        assertThat(form.source.getValue()).isEqualTo(LeadSource.DELEGATION);
        assertThat(form.save.isVisible()).isTrue();
    }

    @Test
    void a_board_member_sees_no_create_a_lead_on_a_delegation_page() {
        login("officer");
        var mission = mission("Kyushu semiconductor mission");
        login("board");

        UI.getCurrent().navigate("delegations/" + mission.getId());

        assertThat(_find(Anchor.class, spec -> spec.withClasses("outcome-create"))).isEmpty();
    }

    @Test
    void a_delegation_page_lists_the_visible_leads_with_their_stages_and_totals_every_lead_per_currency() {
        login("officer");
        var mission = mission("Kansai investment mission");
        var open = lead("Osaka Precision", data.user("officer"));
        open.getOrigin().setDelegationId(mission.getId());
        open.setStage(LeadStage.IN_DIALOGUE);
        open.setEstimatedJobs(1200);
        open.getInvestment().setAmount(new BigDecimal("1000000"));
        open.getInvestment().setCurrency("EUR");
        var openId = leadService.save(open).getId();
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.getOrigin().setDelegationId(mission.getId());
        secret.setConfidential(true);
        secret.setEstimatedJobs(5);
        secret.getInvestment().setAmount(new BigDecimal("300000000"));
        secret.getInvestment().setCurrency("JPY");
        leadService.save(secret);
        login("board");

        UI.getCurrent().navigate("delegations/" + mission.getId());

        var listed = _find(Anchor.class).stream().filter(anchor -> anchor.getHref().startsWith("pipeline/leads/"));
        assertThat(listed).extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Osaka Precision", "pipeline/leads/" + openId));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("outcome-detail"))
                .getText()).isEqualTo(" · In dialogue");
        assertThat(_find(Anchor.class, spec -> spec.withText("Shonan Cell Design"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("outcome-totals")).getText()).isEqualTo(
                "Leads: 2 · Estimated jobs: 1,205 · Estimated investment: €1,000,000.00"
                        + " · Estimated investment: ¥300,000,000");
    }

    @Test
    void a_lead_met_at_a_later_delegation_is_listed_on_its_page_as_met_there() {
        login("officer");
        var first = mission("Kansai robotics mission");
        var later = delegations.save(Fixtures.delegation("Kansai robotics return visit", DelegationDirection.INBOUND,
                "Leipzig", "Osaka", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10)));
        var tour = delegations.saveItem(Fixtures.item(later, "Tour of the robotics lab",
                LocalDateTime.of(2027, 3, 9, 10, 0), "Europe/Berlin"));
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        userSets(form.companyName, "Osaka Actuators");
        userSets(form.sourceDelegation, DelegationRef.of(first));
        form.metAt.getLazyDataView().getItems().filter(item -> item.equals(ProgrammeItemRef.of(tour))).findFirst()
                .orElseThrow();
        userSets(form.metAt, Set.of(ProgrammeItemRef.of(tour)));
        ButtonKt._click(form.save);
        var id = leadService.page(LeadFilter.all(), Pageable.ofSize(5)).getContent().getFirst().getId();

        UI.getCurrent().navigate("delegations/" + later.getId());

        assertThat(_get(Anchor.class, spec -> spec.withText("Osaka Actuators")).getHref())
                .isEqualTo("pipeline/leads/" + id);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("outcome-detail"))
                .getText()).isEqualTo(" · Identified · met during this delegation");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("outcome-totals")).getText())
                .startsWith("Leads: 1 · ");
    }

    private Delegation mission(String title) {
        return delegations.save(Fixtures.delegation(title, DelegationDirection.OUTBOUND, "Leipzig", "Kobe",
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23)));
    }
}
