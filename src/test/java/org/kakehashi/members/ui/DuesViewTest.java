package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.DuesLine;
import org.kakehashi.members.DuesPayment;
import org.kakehashi.members.DuesStatus;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ReminderFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class DuesViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Test
    void this_years_dues_show_each_members_expected_paid_and_outstanding_amounts() {
        login("secretary");
        var year = LocalDate.now().getYear();
        var organisation = member("Part Payer Instruments AB", "EUR", "1200.00");
        var membership = memberships.membershipOf(organisation.getId()).orElseThrow();
        var payment = new DuesPayment();
        payment.setPeriodYear(year);
        payment.setAmount(new BigDecimal("500.00"));
        payment.setCurrency("EUR");
        payment.setPaidDate(LocalDate.now());
        memberships.recordPayment(membership, payment);

        UI.getCurrent().navigate(DuesView.class);
        var view = _get(DuesView.class);

        var line = _fetch(view.duesOfYear, 0, 1000).stream()
                .filter(dues -> dues.organisationName().equals("Part Payer Instruments AB"))
                .findFirst().orElseThrow();
        assertThat(line.expected()).isEqualByComparingTo("1200.00");
        assertThat(line.paid()).isEqualByComparingTo("500.00");
        assertThat(line.outstanding()).isEqualByComparingTo("700.00");
        var eurTotal = memberships.duesTotals(year).stream().filter(total -> total.currency().equals("EUR"))
                .findFirst().orElseThrow();
        var eurLines = _fetch(view.duesOfYear, 0, 1000).stream().filter(dues -> dues.currency().equals("EUR")).toList();
        assertThat(eurTotal.expected()).isEqualByComparingTo(
                eurLines.stream().map(DuesLine::expected).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(view.totals.getText()).contains("EUR");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reminders sent"))).hasSize(1);
    }

    @Test
    void the_renewals_list_holds_the_memberships_renewing_within_60_days_earliest_first() {
        for (int days : new int[] {45, 20, 90}) {
            fixtures.activeMember(fixtures.organisation("Renewing in " + days + " days AB", OrganisationKind.COMPANY,
                    "Lund"), fixtures.today().plusDays(days));
        }
        login("secretary");
        UI.getCurrent().navigate(DuesView.class, QueryParameters.of("list", DuesView.RENEWALS));
        var view = _get(DuesView.class);

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(1);
        var renewals = _fetch(view.renewalsDue, 0, 1000);
        var today = LocalDate.now();
        assertThat(renewals).isNotEmpty().allSatisfy(membership -> assertThat(membership.getEndDate())
                .isBetween(today, today.plusDays(60)));
        assertThat(renewals).extracting(membership -> membership.getEndDate()).isSorted();
        assertThat(renewals).extracting(membership -> membership.getOrganisation().getName())
                .containsSubsequence("Renewing in 20 days AB", "Renewing in 45 days AB")
                .doesNotContain("Renewing in 90 days AB");
    }

    @Test
    void the_unpaid_list_holds_exactly_the_overdue_dues() {
        fixtures.activeMember(fixtures.organisation("Overdue Dues AB", OrganisationKind.COMPANY, "Lund"),
                fixtures.today().minusDays(1));
        login("board");
        UI.getCurrent().navigate(DuesView.class, QueryParameters.of("list", DuesView.UNPAID));
        var view = _get(DuesView.class);

        assertThat(view.tabs.getSelectedIndex()).isEqualTo(2);
        assertThat(_find(RouterLink.class, spec -> spec.withText("Reminders sent"))).as("the outbox is the secretary's").isEmpty();
        assertThat(_fetch(view.duesUnpaid, 0, 1000)).isNotEmpty()
                .allSatisfy(membership -> assertThat(membership.getDuesStatus()).isEqualTo(DuesStatus.OVERDUE));
        assertThat(_fetch(view.duesUnpaid, 0, 1000)).extracting(membership -> membership.getOrganisation().getName())
                .contains("Overdue Dues AB");
    }

    private Organisation member(String name, String currency, String fee) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation = organisations.save(organisation);
        var type = new MembershipType();
        type.setName("Type for " + name);
        type.setAnnualFee(new BigDecimal(fee));
        type.setCurrency(currency);
        type = memberships.saveType(type);
        var today = LocalDate.now();
        memberships.join(organisation.getId(), type, today.minusMonths(1), today.plusMonths(11));
        return organisation;
    }
}
