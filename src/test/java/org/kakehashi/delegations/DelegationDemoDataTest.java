package org.kakehashi.delegations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** The embedded default starts with delegations, past and coming, so the calendar shows something at once. */
@SpringBootTest
@TestPropertySource(properties = "kakehashi.demo-data.register=true")
@WithMockUser(roles = Roles.BOARD)
class DelegationDemoDataTest {

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private Clock clock;

    @Test
    void an_empty_embedded_database_gets_past_and_coming_delegations_with_their_programmes() {
        var today = LocalDate.now(clock);
        var all = delegations.page(DelegationFilter.all(), Pageable.ofSize(50)).getContent();

        assertThat(all).extracting(Delegation::getTitle).contains("Global platforms establishing in Södertälje",
                "Biotech mission to Osaka, Kobe, Shonan and Toyohashi", "Return visit of the mayor of Toyohashi",
                "International biomedical conference in Kobe");
        assertThat(all).anyMatch(delegation -> delegation.getEndDate().isBefore(today));
        assertThat(all).anyMatch(delegation -> delegation.getStartDate().isAfter(today));
        var kansai = all.stream().filter(delegation -> delegation.getTitle().startsWith("Biotech mission"))
                .findFirst().orElseThrow();
        assertThat(delegations.programme(kansai.getId())).hasSizeGreaterThanOrEqualTo(6)
                .allMatch(item -> DelegationService.within(item, kansai));
        assertThat(delegationContacts.partners(kansai.getId())).hasSize(3);
        assertThat(delegations.calendar(today, today.plusWeeks(5)).delegations()).isNotEmpty();
    }
}
