package org.kakehashi.delegations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kakehashi.UiTest;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationOutcomes;
import org.kakehashi.delegations.DelegationOutcomes.DelegationOutcome;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** How the pipeline (or any module) shows the leads a delegation produced, without the calendar knowing it. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DelegationOutcomesTest.LeadsOfDelegations.class)
class DelegationOutcomesTest extends UiTest {

    @Autowired
    private DelegationService delegations;

    @Test
    void the_delegation_page_lists_the_leads_another_module_links_to_it() {
        var mission = loginAsOfficerAndPlan();
        login("board");

        UI.getCurrent().navigate("delegations/" + mission);

        var outcomes = _get(OutcomesPanel.class);
        assertThat(_find(outcomes, Anchor.class)).extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Kobe BioMed K.K.", "pipeline/leads/" + mission));
    }

    private long loginAsOfficerAndPlan() {
        login("officer");
        return delegations.save(Fixtures.delegation("Kansai", DelegationDirection.OUTBOUND, "Leipzig", "Kobe",
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23))).getId();
    }

    @TestConfiguration
    static class LeadsOfDelegations {
        @Bean
        DelegationOutcomes leads() {
            return id -> List.of(new DelegationOutcome("Kobe BioMed K.K.", "In dialogue", "pipeline/leads/" + id));
        }
    }
}
