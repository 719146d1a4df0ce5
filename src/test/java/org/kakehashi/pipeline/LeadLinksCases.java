package org.kakehashi.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kakehashi.pipeline.PipelineTestData.lead;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead's source delegation and the programme items where it was met, and the leads a delegation produced or
 * advanced, on H2 and on PostgreSQL.
 */
abstract class LeadLinksCases extends PipelineServiceTest {

    @Autowired
    protected DelegationService delegations;

    @Test
    void a_lead_keeps_its_source_delegation_and_the_programme_items_of_any_delegation_where_it_was_met() {
        data.loginAs("officer2");
        var kansai = mission("Kansai life science mission");
        var visit = delegations.saveItem(Fixtures.item(kansai, "Visit to Kobe BioMed",
                LocalDateTime.of(2026, 10, 21, 10, 0), "Asia/Tokyo"));
        var dinner = delegations.saveItem(Fixtures.item(kansai, "Networking dinner",
                LocalDateTime.of(2026, 10, 21, 18, 0), "Asia/Tokyo"));
        var elsewhere = delegations.saveItem(Fixtures.item(mission("Tokai mobility mission"), "Toyota visit",
                LocalDateTime.of(2026, 10, 21, 10, 0), "Asia/Tokyo"));
        var lead = lead("Kobe BioMed K.K.", data.user("officer2"));
        lead.getOrigin().setDelegationId(kansai.getId());
        lead.setMetAtProgrammeItemIds(Set.of(visit.getId(), dinner.getId(), elsewhere.getId()));

        var id = service.save(lead).getId();

        var stored = service.get(id).orElseThrow();
        assertThat(stored.getOrigin().getDelegationId()).isEqualTo(kansai.getId());
        assertThat(stored.getMetAtProgrammeItemIds())
                .containsExactlyInAnyOrder(visit.getId(), dinner.getId(), elsewhere.getId());
    }

    @Test
    void a_delegation_lists_and_counts_once_the_leads_met_at_its_programme_items_as_well_as_those_from_it() {
        data.loginAs("officer2");
        var kansai = mission("Kansai semiconductor mission", LocalDate.of(2026, 5, 11));
        var tokai = mission("Tokai semiconductor mission", LocalDate.of(2026, 11, 16));
        var seminar = delegations.saveItem(Fixtures.item(tokai, "Nagoya seminar",
                LocalDateTime.of(2026, 11, 17, 14, 0), "Asia/Tokyo"));
        var advanced = lead("Osaka Wafer", data.user("officer2"));
        advanced.getOrigin().setDelegationId(kansai.getId());
        advanced.setMetAtProgrammeItemIds(Set.of(seminar.getId()));
        advanced.setEstimatedJobs(20);
        service.save(advanced);
        var referred = lead("Gifu Optics", data.user("officer2"));
        referred.getOrigin().setSource(LeadSource.REFERRAL);
        referred.setMetAtProgrammeItemIds(Set.of(seminar.getId()));
        referred.setEstimatedJobs(5);
        referred.getInvestment().setAmount(new BigDecimal("2000000"));
        referred.getInvestment().setCurrency("EUR");
        service.save(referred);
        var produced = lead("Toyohashi Sensors", data.user("officer2"));
        produced.getOrigin().setDelegationId(tokai.getId());
        produced.setMetAtProgrammeItemIds(Set.of(seminar.getId()));
        produced.setEstimatedJobs(7);
        service.save(produced);
        var secret = lead("Nagoya Lithography", data.user("officer2"));
        secret.setMetAtProgrammeItemIds(Set.of(seminar.getId()));
        secret.setConfidential(true);
        secret.setEstimatedJobs(100);
        service.save(secret);
        service.save(lead("Unrelated Gears", data.user("officer2")));

        data.loginAs("board2");
        assertThat(service.fromDelegation(tokai.getId())).extracting(Lead::getCompanyName)
                .containsExactly("Gifu Optics", "Osaka Wafer", "Toyohashi Sensors");
        assertThat(service.fromDelegation(kansai.getId())).extracting(Lead::getCompanyName)
                .containsExactly("Osaka Wafer");
        var totals = figureService.totalsOfDelegation(tokai.getId());
        assertThat(totals.leads()).isEqualTo(4);
        assertThat(totals.estimatedJobs()).isEqualTo(132);
        assertThat(totals.investment()).containsOnlyKeys("EUR");
        assertThat(totals.investment().get("EUR")).isEqualByComparingTo("2000000");
        assertThat(figureService.outcomesByDelegation(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .filteredOn(outcome -> outcome.delegationId() == tokai.getId()
                        || outcome.delegationId() == kansai.getId())
                .extracting(DelegationOutcomeTotals::title, DelegationOutcomeTotals::leads,
                        DelegationOutcomeTotals::estimatedJobs)
                .containsExactly(tuple("Tokai semiconductor mission", 4L, 132L),
                        tuple("Kansai semiconductor mission", 1L, 20L));
    }

    @Test
    void a_delegation_lists_the_leads_the_user_may_see_and_totals_all_of_them_per_currency() {
        data.loginAs("officer2");
        var kansai = mission("Kansai investment mission");
        var open = lead("Osaka Precision", data.user("officer2"));
        open.getOrigin().setDelegationId(kansai.getId());
        open.setEstimatedJobs(20);
        open.getInvestment().setAmount(new BigDecimal("1000000"));
        open.getInvestment().setCurrency("EUR");
        service.save(open);
        var secret = lead("Shonan Cell Design", data.user("officer2"));
        secret.getOrigin().setDelegationId(kansai.getId());
        secret.setConfidential(true);
        secret.setEstimatedJobs(5);
        secret.getInvestment().setAmount(new BigDecimal("300000000"));
        secret.getInvestment().setCurrency("JPY");
        service.save(secret);
        service.save(lead("Unrelated Gears", data.user("officer2")));

        data.loginAs("board2");
        assertThat(service.fromDelegation(kansai.getId())).extracting(Lead::getCompanyName)
                .containsExactly("Osaka Precision");
        var totals = figureService.totalsOfDelegation(kansai.getId());
        assertThat(totals.leads()).isEqualTo(2);
        assertThat(totals.estimatedJobs()).isEqualTo(25);
        assertThat(totals.investment()).containsOnlyKeys("EUR", "JPY");
        assertThat(totals.investment().get("JPY")).isEqualByComparingTo("300000000");

        data.loginAs("officer2");
        assertThat(service.fromDelegation(kansai.getId())).extracting(Lead::getCompanyName)
                .containsExactly("Osaka Precision", "Shonan Cell Design");
    }

    @Test
    void deleting_a_delegation_keeps_its_leads_without_a_source_delegation() {
        data.loginAs("officer2");
        var kansai = mission("Kansai mission to be cancelled");
        var visit = delegations.saveItem(Fixtures.item(kansai, "Visit", LocalDateTime.of(2026, 10, 21, 10, 0),
                "Asia/Tokyo"));
        var lead = lead("Kyoto Ceramics", data.user("officer2"));
        lead.getOrigin().setDelegationId(kansai.getId());
        lead.setMetAtProgrammeItemIds(Set.of(visit.getId()));
        var id = service.save(lead).getId();

        delegations.delete(kansai);

        var stored = service.get(id).orElseThrow();
        assertThat(stored.getOrigin().getDelegationId()).isNull();
        assertThat(stored.getMetAtProgrammeItemIds()).isEmpty();
    }

    private Delegation mission(String title) {
        return mission(title, LocalDate.of(2026, 10, 20));
    }

    private Delegation mission(String title, LocalDate start) {
        return delegations.save(Fixtures.delegation(title, DelegationDirection.OUTBOUND, "Leipzig", "Kobe",
                start, start.plusDays(3)));
    }
}
