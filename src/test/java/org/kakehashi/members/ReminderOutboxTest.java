package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kakehashi.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** In the embedded default no SMTP server is configured: the reminders wait in the outbox for the secretary. */
@SpringBootTest
class ReminderOutboxTest {

    @Autowired
    private ReminderService reminders;

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "secretary", roles = Roles.SECRETARY)
    void without_a_mail_server_reminders_land_in_the_outbox_where_the_secretary_reads_them() {
        var today = fixtures.today();
        var membership = fixtures.member("Malmö Hamnlabb AB", today.minusYears(1), today.plusDays(12), "5000", "SEK");
        fixtures.primaryContact(membership, "Sara", "Holm", "sv", "sara.holm@hamnlabb.example");

        fixtures.runJob();

        assertThat(reminders.mailsReminders()).isFalse();
        var outbox = reminders.page(Pageable.ofSize(1000)).getContent();
        assertThat(outbox).filteredOn(reminder -> reminder.getRecipientEmail().equals("sara.holm@hamnlabb.example"))
                .singleElement().satisfies(reminder -> {
                    assertThat(reminder.getDelivery()).isEqualTo(ReminderDelivery.OUTBOX);
                    assertThat(reminder.getKind()).isEqualTo(ReminderKind.RENEWAL);
                    assertThat(reminder.getOrganisationName()).isEqualTo("Malmö Hamnlabb AB");
                    assertThat(reminder.getRecipientName()).isEqualTo("Sara Holm");
                    assertThat(reminder.getLanguage()).isEqualTo("sv");
                    assertThat(reminder.getSubject()).startsWith("Malmö Hamnlabb AB: medlemskapet förnyas den ");
                    assertThat(reminder.getBody()).startsWith("Hej Sara Holm,");
                    assertThat(reminders.get(reminder.getId())).hasValueSatisfying(
                            one -> assertThat(one.getBody()).isEqualTo(reminder.getBody()));
                });
        assertThat(outbox).extracting(MemberReminder::getSentAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(reminders.count()).isEqualTo(outbox.size());
    }

    @Test
    void running_the_job_again_leaves_one_reminder_in_the_outbox() {
        var today = fixtures.today();
        var membership = fixtures.member("Lund Photonics", today.minusYears(1), today.plusDays(2), "5000", "SEK");
        fixtures.primaryContact(membership, "Lars", "Berg", "en", "lars.berg@photonics.example");

        fixtures.runJob();
        var second = fixtures.sendDueReminders();

        assertThat(second.outbox()).isZero();
        assertThat(fixtures.remindersOf(membership)).hasSize(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void the_outbox_sorts_by_the_columns_it_offers_and_by_no_other() {
        for (var name : new String[] {"Ystad Wind AB", "Eslöv Gears AB"}) {
            var membership = fixtures.member(name, fixtures.today().minusYears(1), fixtures.today().plusDays(10),
                    "5000", "SEK");
            fixtures.primaryContact(membership, "Eva", "Lund", "sv", "eva.lund@example.se");
        }
        fixtures.runJob();

        var byOrganisation = reminders.page(PageRequest.of(0, 1000, Sort.by("organisation"))).getContent();
        assertThat(byOrganisation).isNotEmpty().extracting(MemberReminder::getOrganisationName).isSorted();
        assertThatThrownBy(() -> reminders.page(PageRequest.of(0, 5, Sort.by("body"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} cannot read the outbox")
    @ValueSource(strings = {Roles.OFFICER, Roles.BOARD})
    void officers_and_board_members_cannot_read_the_outbox(String role) {
        actAs(role);
        assertThatThrownBy(() -> reminders.page(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reminders.get(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(reminders::count).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(reminders::sendDueReminders).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "secretary", roles = Roles.SECRETARY)
    void only_the_system_and_the_administrator_run_the_reminders() {
        assertThatThrownBy(reminders::sendDueReminders).isInstanceOf(AccessDeniedException.class);
    }

    private static void actAs(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    }
}
