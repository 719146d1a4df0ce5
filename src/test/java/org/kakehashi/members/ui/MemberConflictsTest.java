package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.ReminderFixtures;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two secretaries at two computers change the same record: the second save is refused with a message and a Reload
 * that shows the first one's change, which stays.
 */
class MemberConflictsTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @BeforeEach
    void aMembershipTypeToJoinWith() {
        fixtures.membershipType();
    }


    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    private static OrganisationView open(Organisation organisation) {
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        return _get(OrganisationView.class);
    }

    private Organisation organisation(String name) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Helsingborg");
        return organisations.save(organisation);
    }

    @Test
    void of_two_secretaries_saving_the_same_contact_the_second_is_told_and_reload_shows_the_first_change()
            throws Exception {
        login("secretary");
        var organisation = organisation("Öresund Logistics AB");
        var contact = new ContactPerson();
        contact.setOrganisation(organisation);
        contact.setGivenName("Emma");
        contact.setFamilyName("Lind");
        contact = contacts.save(contact);
        open(organisation);
        var panel = _get(ContactsPanel.class);
        panel.grid.select(panel.grid.getListDataView().getItem(0));
        var dialog = _get(ContactDialog.class);

        meanwhile("secretary", () -> {
            open(organisation);
            var theirs = _get(ContactsPanel.class);
            theirs.grid.select(theirs.grid.getListDataView().getItem(0));
            var theirDialog = _get(ContactDialog.class);
            userSets(theirDialog.title, "Head of logistics");
            _click(theirDialog.save);
        });
        userSets(dialog.phone, "+46 42 555 0199");
        _click(dialog.save);

        var stored = contacts.get(contact.getId()).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("Head of logistics");
        assertThat(stored.getPhone()).isNull();
        assertConflictToldThenReload();
        assertThat(_get(ContactDialog.class).title.getValue()).isEqualTo("Head of logistics");
    }

    @Test
    void of_two_secretaries_changing_the_same_membership_type_the_second_is_told_and_reload_shows_the_first_change()
            throws Exception {
        login("secretary");
        var type = new MembershipType();
        type.setName("Contested type " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("1000"));
        type.setCurrency("SEK");
        var saved = memberships.saveType(type);
        UI.getCurrent().navigate(MembershipTypesView.class);
        _get(MembershipTypesView.class).grid.select(saved);
        var dialog = _get(MembershipTypeDialog.class);

        meanwhile("secretary", () -> {
            UI.getCurrent().navigate(MembershipTypesView.class);
            _get(MembershipTypesView.class).grid.select(saved);
            var theirs = _get(MembershipTypeDialog.class);
            userSets(theirs.annualFee, new BigDecimal("1500"));
            _click(theirs.save);
        });
        userSets(dialog.description, "For small companies");
        _click(dialog.save);

        var stored = memberships.types().stream().filter(each -> each.getId().equals(saved.getId())).findFirst()
                .orElseThrow();
        assertThat(stored.getAnnualFee()).isEqualByComparingTo("1500");
        assertThat(stored.getDescription()).isNullOrEmpty();
        assertConflictToldThenReload();
        assertThat(_get(MembershipTypeDialog.class).annualFee.getValue()).isEqualByComparingTo("1500");
    }

    @Test
    void a_payment_recorded_over_someone_elses_is_refused_and_reload_shows_theirs() throws Exception {
        login("secretary");
        var organisation = organisation("Kullaberg Tourism AB");
        var type = memberships.types().getFirst();
        memberships.join(organisation.getId(), type, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        open(organisation);
        var panel = _get(MembershipPanel.class);
        _click(panel.recordPayment);
        var payment = _get(RecordPaymentDialog.class);

        meanwhile("secretary", () -> {
            open(organisation);
            _click(_get(MembershipPanel.class).recordPayment);
            var theirs = _get(RecordPaymentDialog.class);
            userSets(theirs.reference, "Theirs");
            _click(theirs.record);
        });
        userSets(payment.reference, "Mine");
        _click(payment.record);

        var membership = memberships.membershipOf(organisation.getId()).orElseThrow();
        assertThat(memberships.paymentsOf(membership.getId())).extracting(each -> each.getReference())
                .containsExactly("Theirs");
        assertConflictToldThenReload();
        assertThat(_get(MembershipPanel.class).payments.getListDataView().getItems()
                .map(each -> each.getReference())).containsExactly("Theirs");
    }

    @Test
    void two_secretaries_making_the_same_organisation_a_member_are_told_and_only_one_membership_is_made()
            throws Exception {
        login("secretary");
        var organisation = organisation("Ven Island Ferries AB");
        open(organisation);
        _click(_get(MembershipPanel.class).join);
        var join = _get(JoinDialog.class);
        var type = memberships.types().getFirst();

        meanwhile("secretary", () -> {
            open(organisation);
            _click(_get(MembershipPanel.class).join);
            var theirs = _get(JoinDialog.class);
            userSets(theirs.type, type);
            _click(theirs.confirm);
        });
        userSets(join.type, type);
        _click(join.confirm);

        assertThat(memberships.membershipOf(organisation.getId())).isPresent();
        assertConflictToldThenReload();
        assertThat(_get(MembershipPanel.class).recordPayment.isVisible()).isTrue();
    }
}
