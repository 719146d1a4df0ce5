package org.kakehashi.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.pipeline.PipelineTestData.TODAY;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kakehashi.shell.AccessDeniedView;

class MyFollowUpsViewTest extends PipelineUiTest {

    @Test
    void the_officer_sees_overdue_actions_first_then_this_weeks_and_their_count_in_the_title() {
        login("officer");
        followUp("Due Friday Robotics", "officer", TODAY.plusDays(4));
        followUp("Overdue Pharma", "officer", TODAY.minusDays(5));
        followUp("Next Month Chemicals", "officer", TODAY.plusDays(30));
        followUp("Colleague's Lead", "officer2", TODAY.minusDays(1));

        UI.getCurrent().navigate(MyFollowUpsView.class);

        var view = _get(MyFollowUpsView.class);
        assertThat(view.getPageTitle()).isEqualTo("My follow-ups (2)");
        assertThat(_get(Span.class, spec -> spec.withClasses("layout-view-title")).getText())
                .isEqualTo("My follow-ups (2)");
        var grid = view.grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).getCompanyName()).isEqualTo("Overdue Pharma");
        assertThat(GridKt.getPresentationValue(grid.getColumns().get(1), GridKt._get(grid, 0))).isEqualTo("Overdue");
        assertThat(GridKt.getPresentationValue(grid.getColumns().get(1), GridKt._get(grid, 1))).isEqualTo("This week");
    }

    @Test
    void readers_have_no_follow_ups_page() {
        login("board");

        UI.getCurrent().navigate(MyFollowUpsView.class);

        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(MyFollowUpsView.class)).isEmpty();
    }

    private void followUp(String company, String owner, LocalDate due) {
        var lead = lead(company, data.user(owner));
        lead.setNextAction("Call back");
        lead.setNextActionDue(due);
        leadService.save(lead);
    }
}
