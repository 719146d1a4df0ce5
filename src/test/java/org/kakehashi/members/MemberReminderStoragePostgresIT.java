package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.convention.TestBean;

@PostgresTest
class MemberReminderStoragePostgresIT {

    @Autowired
    private Flyway flyway;

    @Autowired
    private MemberReminderRepository repository;

    @TestBean(methodName = "org.kakehashi.members.ReminderFixtures#mondayMorning")
    private Clock clock;

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Test
    void the_reminder_migration_applies_to_postgresql() {
        assertThat(flyway.info().all()).anySatisfy(migration -> {
            assertThat(migration.getScript()).isEqualTo("V5__member_reminders.sql");
            assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS);
        });
    }

    @Test
    void the_job_finds_renewals_and_overdue_dues_on_postgresql_and_writes_each_reminder_once() {
        var today = fixtures.today();
        var renewing = fixtures.member("Lund Biomedical Centre", today.minusYears(1), today.plusDays(4), "12000",
                "SEK");
        fixtures.primaryContact(renewing, "Karin", "Nyström", "sv", "karin.nystrom@lbc.example");
        var overdue = fixtures.member("Osaka Trade Bridge", LocalDate.of(2024, 3, 1), LocalDate.of(2026, 3, 1), "600",
                "SEK");
        fixtures.primaryContact(overdue, "Taro", "Suzuki", "ja", "taro.suzuki@otb.example");

        var first = fixtures.sendDueReminders();
        var second = fixtures.sendDueReminders();

        assertThat(first).isEqualTo(new ReminderService.Outcome(0, 2, 0, 0));
        assertThat(second).isEqualTo(new ReminderService.Outcome(0, 0, 0, 0));
        assertThat(fixtures.remindersOf(renewing)).singleElement()
                .satisfies(reminder -> assertThat(reminder.getSubject())
                        .isEqualTo("Lund Biomedical Centre: medlemskapet förnyas den 20 mars 2026"));
        assertThat(fixtures.remindersOf(overdue)).singleElement()
                .satisfies(reminder -> {
                    assertThat(reminder.getKind()).isEqualTo(ReminderKind.OVERDUE);
                    assertThat(reminder.getPeriodDate()).isEqualTo(LocalDate.of(2026, 3, 1));
                    assertThat(reminder.getSubject()).isEqualTo("Osaka Trade Bridge：年会費お支払いのお願い（期限 2026年3月1日）");
                });
    }

    @Test
    void the_database_refuses_a_second_reminder_of_the_same_kind_for_the_same_date() {
        var today = fixtures.today();
        var membership = fixtures.member("Kobe Life Science Forum", today.minusYears(1), today.plusDays(60), "5000",
                "SEK");
        var mail = new ReminderTemplates.Mail("Hanako Yamada", "hanako@klsf.example", Locale.JAPANESE, "件名", "本文");
        var renewalDate = today.plusDays(60);
        repository.saveAndFlush(new MemberReminder(membership, ReminderKind.RENEWAL, renewalDate, mail,
                ReminderDelivery.OUTBOX, clock.instant()));

        assertThatThrownBy(() -> repository.saveAndFlush(new MemberReminder(membership, ReminderKind.RENEWAL,
                renewalDate, mail, ReminderDelivery.SENT, clock.instant())))
                .isInstanceOf(DataIntegrityViolationException.class);
        repository.saveAndFlush(new MemberReminder(membership, ReminderKind.OVERDUE, renewalDate, mail,
                ReminderDelivery.OUTBOX, clock.instant()));
        assertThat(repository.findByMembershipIdOrderBySentAtDescIdDesc(membership.getId()))
                .extracting(MemberReminder::getKind, MemberReminder::getBody)
                .containsExactlyInAnyOrder(tuple(ReminderKind.RENEWAL, "本文"),
                        tuple(ReminderKind.OVERDUE, "本文"));
    }
}
