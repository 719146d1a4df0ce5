package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The services refuse what a role may not do, whatever the views show: SECRETARY and ADMIN change the register. */
@SpringBootTest
class MemberServiceRolesTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static void actAs(String role) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(role.toLowerCase(), null, "ROLE_" + role));
    }

    private static Organisation newOrganisation(String name) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        return organisation;
    }

    @ParameterizedTest(name = "{0} reads the register")
    @ValueSource(strings = {Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
    void every_role_reads_the_register(String role) {
        actAs(role);

        assertThatCode(() -> {
            organisations.page(OrganisationFilter.all(), Pageable.ofSize(5));
            contacts.search("a", Pageable.ofSize(5));
            memberships.types();
            memberships.duesOfYear(LocalDate.now().getYear(), Pageable.ofSize(5));
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} changes the register")
    @ValueSource(strings = {Roles.ADMIN, Roles.SECRETARY})
    void the_secretary_and_the_administrator_change_the_register(String role) {
        actAs(role);

        assertThatCode(() -> {
            var organisation = organisations.save(newOrganisation("Allowed by " + role));
            var contact = new ContactPerson();
            contact.setOrganisation(organisation);
            contact.setGivenName("Test");
            contact.setFamilyName(role);
            contacts.save(contact);
            organisations.setArchived(organisations.get(organisation.getId()).orElseThrow(), true);
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} is refused every change")
    @ValueSource(strings = {Roles.OFFICER, Roles.BOARD})
    void officers_and_board_members_are_refused_every_change_by_the_services(String role) {
        actAs(Roles.SECRETARY);
        var existing = organisations.save(newOrganisation("Existing for " + role));
        var type = fixtures.membershipType();
        actAs(role);

        assertThatThrownBy(() -> organisations.save(newOrganisation("Refused"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.setArchived(existing, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.delete(existing)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.save(new ContactPerson())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.saveType(new MembershipType())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.join(existing.getId(), type, LocalDate.now(), LocalDate.now().plusYears(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.recordPayment(new Membership(), new DuesPayment()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest(name = "{0} adds a contact met on a delegation")
    @ValueSource(strings = {Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER})
    void officers_may_add_a_contact_they_met_but_board_members_may_not(String role) {
        actAs(role);
        var contact = new MetContact("By " + role, "Met", null, null, null, null, null);

        assertThatCode(() -> contacts.addMetContact(contact)).doesNotThrowAnyException();

        actAs(Roles.BOARD);
        var another = new MetContact("By board", "Met", null, null, null, null, null);
        assertThatThrownBy(() -> contacts.addMetContact(another)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void without_a_login_even_reading_is_refused() {
        assertThatThrownBy(() -> organisations.page(OrganisationFilter.all(), Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> memberships.types()).isInstanceOf(AuthenticationException.class);
    }
}
