package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.AppUserPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The embedded demo database starts with a pipeline to look at (the demo register is switched on for this test). */
@SpringBootTest
@TestPropertySource(properties = "kakehashi.demo-data.register=true")
class PipelineDemoDataTest {

    @Autowired
    private LeadService leadService;

    @Autowired
    private LeadBoardService boardService;

    @Autowired
    private UserDetailsService userDetailsService;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_pipeline_has_leads_in_most_stages_with_overdue_follow_ups_and_a_confidential_lead() {
        loginAs("officer");
        var officersView = boardService.board(LeadFilter.all(), 10);
        assertThat(officersView.stream().filter(column -> column.total() > 0)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(boardService.myFollowUpCount()).isPositive();
        assertThat(leadService.count(new LeadFilter(null, null, null, null, null, null, NextActionDue.OVERDUE)))
                .isPositive();
        var all = leadService.count(LeadFilter.all());

        loginAs("board");
        assertThat(leadService.count(LeadFilter.all())).isLessThan(all);
        var established = leadService.page(new LeadFilter(null, LeadStage.ESTABLISHED, null, null, null, null, null),
                org.springframework.data.domain.Pageable.ofSize(10)).getContent();
        assertThat(established).isNotEmpty()
                .allSatisfy(lead -> assertThat(leadService.stageHistory(lead.getId())).hasSizeGreaterThan(1));
    }

    private void loginAs(String username) {
        var principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
