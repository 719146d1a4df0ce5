package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.shell.MainLayout;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

class ProgrammePrintViewTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Test
    void the_printable_programme_has_a_section_per_day_with_local_and_home_time_and_no_application_frame() {
        var mission = loginAsOfficerAndPlan();
        login("board");

        UI.getCurrent().navigate("delegations/" + mission + "/print");

        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(H2.class)).extracting(H2::getText)
                .containsExactly("Tuesday, 20 October 2026", "Wednesday, 21 October 2026");
        var rows = _find(Div.class, spec -> spec.withClasses("print-item"));
        assertThat(rows).hasSize(3);
        assertThat(_find(rows.get(1), Span.class, spec -> spec.withClasses("print-local")))
                .singleElement().extracting(Span::getText).asString().startsWith("18:00–21:00");
        assertThat(_find(rows.get(1), Span.class, spec -> spec.withClasses("print-home")))
                .singleElement().extracting(Span::getText).asString().startsWith("11:00–14:00");
        assertThat(_get(ProgrammePrintView.class).getPageTitle()).isEqualTo("Kansai");
    }

    private long loginAsOfficerAndPlan() {
        login("officer");
        var mission = delegations.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig",
                "Osaka", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23)));
        delegations.saveItem(Fixtures.item(mission, "Arrival", LocalDateTime.of(2026, 10, 20, 15, 0), "Asia/Tokyo"));
        var reception = Fixtures.item(mission, "Concert reception", LocalDateTime.of(2026, 10, 20, 18, 0),
                "Asia/Tokyo");
        reception.setEnd(reception.getStart().plusHours(3));
        reception.setCity("Osaka");
        delegations.saveItem(reception);
        delegations.saveItem(Fixtures.item(mission, "Cluster", LocalDateTime.of(2026, 10, 21, 10, 0), "Asia/Tokyo"));
        return mission.getId();
    }
}
