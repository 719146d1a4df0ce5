package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.Fixtures;
import org.kakehashi.delegations.Participant;
import org.kakehashi.delegations.ParticipantRole;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.pipeline.PipelineTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** A person's data under the GDPR: exported whole, erased without changing any count, reviewed after years. */
@SpringBootTest
@Import(PipelineTestData.Config.class)
class PrivacyServiceTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    // Invented and found nowhere else in the test database, so that a search of every table finds only this person
    private static final List<String> PERSONAL_VALUES = List.of("Sayaka", "Hoshizora", "星空 さやか",
            "ほしぞら さやか", "Research director", "研究部長", "sayaka.hoshizora@example.jp", "+81 78 555 0101",
            "+81 90 5555 0102", "Signed the membership form 2025", "Asked about cold-chain logistics");

    @Autowired
    private PrivacyService privacy;

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private DelegationService delegations;

    @Autowired
    private DelegationContactsService delegationContacts;

    @Autowired
    private PipelineTestData data;

    @Autowired
    private JdbcTemplate jdbc;

    private Organisation organisation;

    @BeforeEach
    void secretaryAtWork() {
        data.clock().set(PipelineTestData.NOW);
        data.loginAs("secretary");
        var created = new Organisation();
        created.setName("Kansai Cold Chain " + System.nanoTime());
        created.setKind(OrganisationKind.COMPANY);
        created.setCity("Kobe");
        created.setCountry("JP");
        organisation = organisations.save(created);
    }

    @AfterEach
    void logout() {
        data.clock().set(PipelineTestData.NOW);
        SecurityContextHolder.clearContext();
    }

    private ContactPerson contact(String given, String family, boolean consent) {
        var contact = new ContactPerson();
        contact.setOrganisation(organisation);
        contact.setGivenName(given);
        contact.setFamilyName(family);
        contact.setEmail(given.toLowerCase() + "." + family.toLowerCase() + "@example.jp");
        if (consent) {
            contact.setConsent(true);
            contact.setConsentDate(LocalDate.of(2025, 5, 1));
            contact.setConsentSource("Signed the membership form 2025");
        }
        return contacts.save(contact);
    }

    private ContactPerson sayakaWithEverything() {
        var type = new MembershipType();
        type.setName("Corporate member " + System.nanoTime());
        type.setAnnualFee(new BigDecimal("12000"));
        type.setCurrency("SEK");
        type = memberships.saveType(type);
        memberships.join(organisation.getId(), type, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        var sayaka = contact("Sayaka", "Hoshizora", true);
        sayaka.setNameJapanese("星空 さやか");
        sayaka.setNameKana("ほしぞら さやか");
        sayaka.setTitle("Director");
        sayaka.setTitleJapanese("研究部長");
        sayaka.setPhone("+81 78 555 0101");
        sayaka.setMobile("+81 90 5555 0102");
        sayaka.setPrimaryContact(true);
        sayaka = contacts.save(sayaka);
        sayaka.setTitle("Research director");
        sayaka = contacts.save(sayaka);

        var item = meetingIn2028(sayaka);
        var participant = new Participant(item.getDelegation());
        participant.setContact(sayaka);
        participant.setRole(ParticipantRole.HEAD);
        delegationContacts.saveParticipant(participant);
        jdbc.update("update business_card set notes = ? where contact_id = ?", "Asked about cold-chain logistics",
                sayaka.getId());
        remind(sayaka, Instant.parse("2026-11-02T08:00:00Z"));
        return sayaka;
    }

    /** A programme item in May 2028 where a business card was exchanged with the contact. */
    private ProgrammeItem meetingIn2028(ContactPerson contact) {
        var delegation = delegations.save(Fixtures.delegation("Cold chain mission " + System.nanoTime(),
                DelegationDirection.OUTBOUND, "Malmö", "Kobe", LocalDate.of(2028, 5, 8), LocalDate.of(2028, 5, 12)));
        var item = delegations.saveItem(Fixtures.item(delegation, "Visit to the Kobe logistics hub",
                LocalDateTime.of(2028, 5, 10, 10, 0), "Asia/Tokyo"));
        delegationContacts.addBusinessCard(item,
                new ContactRef(contact.getId(), contact.getFullName(), null, null, null));
        return item;
    }

    private void remind(ContactPerson contact, Instant sentAt) {
        var membershipId = jdbc.queryForObject("select id from membership where organisation_id = ?", Long.class,
                organisation.getId());
        jdbc.update("""
                insert into member_reminder (id, version, membership_id, kind, period_date, recipient_name,
                    recipient_email, language, subject, body, delivery, sent_at)
                values (nextval('member_reminder_seq'), 0, ?, 'RENEWAL', ?, ?, ?, 'en', ?, ?, 'SENT', ?)""",
                membershipId, LocalDate.of(2026, 12, 31), contact.getFullName(), contact.getEmail(),
                "Your membership renews on 31 December", "Dear " + contact.getFullName() + ", your membership ...",
                Timestamp.from(sentAt));
    }

    @Test
    void the_export_holds_every_piece_of_data_kept_on_the_person() {
        var sayaka = sayakaWithEverything();

        var export = privacy.export(sayaka.getId(), Locale.ENGLISH);

        assertThat(export).contains(PERSONAL_VALUES)
                .contains("Data held on Sayaka Hoshizora", organisation.getName(), "Kobe", "Corporate member",
                        "Applicant", "2026-12-31")
                .contains("Cold chain mission", "Head of delegation", "2028-05-08")
                .contains("Visit to the Kobe logistics hub", "2028-05-10")
                .contains("Your membership renews on 31 December", "Dear Sayaka Hoshizora, your membership")
                .contains("title: Director → Research director", "secretary");
        // Leaves no trace for the other tests' search of every table
        privacy.erase(sayaka.getId());
    }

    @Test
    void erasure_leaves_no_personal_value_anywhere_and_every_count_as_it_was() {
        var sayaka = sayakaWithEverything();
        var counts = counts(sayaka);

        privacy.erase(sayaka.getId());

        for (var value : PERSONAL_VALUES) {
            assertThat(tablesHolding(value)).as("tables still holding %s", value).isEmpty();
        }
        assertThat(counts(sayaka)).isEqualTo(counts);
        var erased = contacts.get(sayaka.getId()).orElseThrow();
        assertThat(erased.getFullName()).isEqualTo("Erased person");
        assertThat(erased.isErased()).isTrue();
        assertThat(contacts.search("hoshizora", Pageable.ofSize(10)).getContent()).isEmpty();
        assertThat(contacts.history(sayaka.getId(), Pageable.ofSize(100)).getContent())
                .filteredOn(entry -> ContactPerson.PERSONAL_FIELDS.contains(entry.field()))
                .isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.oldValue()).isNull();
                    assertThat(entry.newValue()).isNull();
                });
        assertThat(privacy.export(sayaka.getId(), Locale.ENGLISH)).doesNotContain(PERSONAL_VALUES);
    }

    @Test
    void an_erased_person_is_left_out_of_the_mailing_list() {
        var consenting = contact("Ren", "Kato", true);
        privacy.erase(consenting.getId());

        var mailing = jdbc.queryForObject("select count(*) from contact_person where id = ? and consent = true",
                Long.class, consenting.getId());
        assertThat(mailing).isZero();
    }

    @Test
    void the_review_lists_exactly_the_contacts_without_consent_and_without_activity_for_three_years() {
        var forgotten = contact("Yui", "Nakamura", false);
        contact("Sora", "Ito", true);
        meetingIn2028(contact("Daiki", "Suzuki", false));
        var participant = contact("Mei", "Kobayashi", false);
        var delegation = delegations.save(Fixtures.delegation("Return visit " + System.nanoTime(),
                DelegationDirection.INBOUND, "Malmö", null, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 5)));
        var taking = new Participant(delegation);
        taking.setContact(participant);
        delegationContacts.saveParticipant(taking);
        memberships.join(organisation.getId(), fixtures.membershipType(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        remind(contact("Haruto", "Yamamoto", false), Instant.parse("2028-01-10T08:00:00Z"));
        var erased = contact("Rin", "Watanabe", false);
        privacy.erase(erased.getId());
        data.clock().set(Instant.parse("2029-01-01T09:00:00Z"));
        var changedLater = contact("Kaito", "Sasaki", false);
        data.clock().set(Instant.parse("2030-06-01T09:00:00Z"));

        assertThat(privacy.reviewYears()).isEqualTo(3);
        assertThat(privacy.reviewList(Pageable.ofSize(1000)).getContent())
                .filteredOn(contact -> contact.getOrganisation() != null
                        && contact.getOrganisation().getId().equals(organisation.getId()))
                .extracting(ContactPerson::getId)
                .containsExactly(forgotten.getId());
        assertThat(changedLater.getId()).isNotNull();

        data.clock().set(Instant.parse("2031-02-01T09:00:00Z"));
        assertThat(privacy.reviewList(Pageable.ofSize(1000)).getContent())
                .filteredOn(contact -> contact.getOrganisation() != null
                        && contact.getOrganisation().getId().equals(organisation.getId()))
                .extracting(ContactPerson::getFamilyName)
                .containsExactly("Kobayashi", "Nakamura", "Yamamoto");
    }

    @Test
    void only_the_secretary_and_the_administrator_export_erase_and_review() {
        var contact = contact("Sota", "Hayashi", false);
        for (var user : List.of("officer", "board")) {
            data.loginAs(user);
            assertThatThrownBy(() -> privacy.export(contact.getId(), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.erase(contact.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy.reviewList(Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Participants, business cards and contacts of the organisation, and the reminders sent to its membership. */
    private List<Long> counts(ContactPerson contact) {
        return List.of(
                jdbc.queryForObject("select count(*) from delegation_participant where contact_id = ?", Long.class,
                        contact.getId()),
                jdbc.queryForObject("select count(*) from business_card where contact_id = ?", Long.class,
                        contact.getId()),
                jdbc.queryForObject("select count(*) from contact_person where organisation_id = ?", Long.class,
                        organisation.getId()),
                jdbc.queryForObject("select count(*) from member_reminder r join membership m on r.membership_id = m.id"
                        + " where m.organisation_id = ?", Long.class, organisation.getId()),
                jdbc.queryForObject("select count(*) from membership where organisation_id = ? and status = 'APPLICANT'",
                        Long.class, organisation.getId()));
    }

    /** Every text column of every table of the application, searched for the value in any case. */
    private List<String> tablesHolding(String value) {
        var columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and lower(data_type) in ('character varying', 'varchar', 'text')
                  and lower(table_name) <> 'flyway_schema_history'""");
        return columns.stream()
                .filter(column -> jdbc.queryForObject("select count(*) from " + column.get("table_name")
                        + " where lower(" + column.get("column_name") + ") like ?", Long.class,
                        "%" + value.toLowerCase() + "%") > 0)
                .map(column -> column.get("table_name") + "." + column.get("column_name"))
                .toList();
    }
}
