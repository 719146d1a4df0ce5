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
import com.vaadin.flow.component.grid.GridSortOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.InterestKind;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.NextActionDue;
import org.kakehashi.pipeline.PipelineTestData;
import org.kakehashi.security.UserRef;

class LeadListViewTest extends PipelineUiTest {


    @BeforeEach
    void somePipeline() {
        login("officer");
        var kobe = lead("Kobe BioTherapeutics", data.user("officer"));
        kobe.setNextActionDue(TODAY.minusDays(1));
        kobe.getInvestment().setAmount(new BigDecimal("150000000"));
        kobe.getInvestment().setCurrency("JPY");
        leadService.save(kobe);
        var gears = lead("Toyohashi Gears", data.user("officer2"));
        gears.setSector("Machinery");
        gears.setInterestKind(InterestKind.INVESTMENT);
        gears.setStage(LeadStage.VISIT);
        gears.setNextActionDue(TODAY.plusDays(20));
        gears.getInvestment().setAmount(new BigDecimal("2500000"));
        leadService.save(gears);
        var secret = lead("Shonan Cell Design", data.user("officer"));
        secret.setConfidential(true);
        leadService.save(secret);
    }

    @Test
    void the_list_shows_the_leads_the_user_may_see_with_amounts_in_their_currency() {
        login("board");
        UI.getCurrent().navigate(LeadListView.class);

        var grid = _get(LeadListView.class).grid;
        assertThat(companies(grid)).containsExactly("Kobe BioTherapeutics", "Toyohashi Gears");
        var investment = grid.getColumns().getLast();
        assertThat(GridKt.getPresentationValue(investment, GridKt._get(grid, 0))).isEqualTo("¥150,000,000");
        assertThat(GridKt.getPresentationValue(investment, GridKt._get(grid, 1))).isEqualTo("€2,500,000.00");
        assertThat(_find(Button.class, spec -> spec.withText("New lead"))).isEmpty();
    }

    @Test
    void amounts_follow_the_users_language() {
        login("officer");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        UI.getCurrent().navigate(LeadListView.class);

        var grid = _get(LeadListView.class).grid;
        assertThat(GridKt.getPresentationValue(grid.getColumns().getLast(), GridKt._get(grid, 1)))
                .isEqualTo("2.500.000,00\u00a0€");
    }

    @Test
    void the_filters_narrow_the_list_by_stage_owner_sector_kind_of_interest_and_next_action() {
        login("officer");
        UI.getCurrent().navigate(LeadListView.class);
        var view = _get(LeadListView.class);
        assertThat(companies(view.grid)).containsExactly("Kobe BioTherapeutics", "Toyohashi Gears", "Shonan Cell Design");

        userSets(view.filters.stage, LeadStage.VISIT);
        assertThat(companies(view.grid)).containsExactly("Toyohashi Gears");
        ButtonKt._click(view.filters.clear);

        userSets(view.filters.owner, UserRef.of(data.user("officer2")));
        assertThat(companies(view.grid)).containsExactly("Toyohashi Gears");
        ButtonKt._click(view.filters.clear);

        userSets(view.filters.sector, "Life science");
        userSets(view.filters.nextActionDue, NextActionDue.OVERDUE);
        assertThat(companies(view.grid)).containsExactly("Kobe BioTherapeutics");
        ButtonKt._click(view.filters.clear);

        userSets(view.filters.interestKind, InterestKind.INVESTMENT);
        userSets(view.filters.country, "jp");
        assertThat(companies(view.grid)).containsExactly("Toyohashi Gears");
    }

    @Test
    void the_list_sorts_by_a_column() {
        login("officer");
        UI.getCurrent().navigate(LeadListView.class);
        var grid = _get(LeadListView.class).grid;

        grid.sort(GridSortOrder.desc(grid.getColumnByKey("companyName")).build());

        assertThat(companies(grid)).containsExactly("Toyohashi Gears", "Shonan Cell Design", "Kobe BioTherapeutics");
    }

    @Test
    void a_user_saves_a_filter_finds_it_again_later_and_nobody_else_sees_it() {
        login("officer");
        UI.getCurrent().navigate(LeadListView.class);
        var view = _get(LeadListView.class);
        userSets(view.filters.stage, LeadStage.VISIT);
        userSets(view.savedFilters.name, "Visits");
        ButtonKt._click(view.savedFilters.save);

        login("officer");
        UI.getCurrent().navigate(LeadListView.class);
        view = _get(LeadListView.class);
        assertThat(companies(view.grid)).hasSize(3);
        var saved = view.savedFilters.saved.getListDataView().getItems().toList();
        assertThat(saved).extracting(filter -> filter.getName()).containsExactly("Visits");
        userSets(view.savedFilters.saved, saved.getFirst());
        assertThat(view.filters.stage.getValue()).isEqualTo(LeadStage.VISIT);
        assertThat(companies(view.grid)).containsExactly("Toyohashi Gears");

        login("officer2");
        UI.getCurrent().navigate(LeadListView.class);
        assertThat(_get(LeadListView.class).savedFilters.saved.getListDataView().getItems()).isEmpty();
    }

    private static List<String> companies(Grid<Lead> grid) {
        var names = new ArrayList<String>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            names.add(GridKt._get(grid, i).getCompanyName());
        }
        return names;
    }
}
