package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kakehashi.UiTest;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipStatus;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.members.ReminderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class OrganisationViewTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    private OrganisationView open(String id) {
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters(OrganisationView.ID, id));
        return _get(OrganisationView.class);
    }

    private long countNamed(String name) {
        return organisations.page(new OrganisationFilter(name, null, null, null, null, true), Pageable.ofSize(10))
                .getTotalElements();
    }

    @Test
    void the_secretary_adds_an_organisation_and_lands_on_its_page() {
        login("secretary");
        var view = open(OrganisationView.NEW);

        userSets(view.form.name, "Helsingborg Hydrogen AB");
        userSets(view.form.nameJapanese, "ヘルシンボリ水素");
        userSets(view.form.kind, OrganisationKind.COMPANY);
        userSets(view.form.city, "Helsingborg");
        userSets(view.form.organisationNumber, "559300-1122");
        userSets(view.form.website, "https://hydrogen.example.se");
        _click(view.save);

        var saved = organisations.page(new OrganisationFilter("Helsingborg Hydrogen", null, null, null, null, false),
                Pageable.ofSize(1)).getContent().getFirst();
        assertThat(saved.getNameJapanese()).isEqualTo("ヘルシンボリ水素");
        assertThat(saved.getCountry()).isEqualTo("SE");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("members/" + saved.getId());
    }

    @Test
    void bad_input_is_refused_at_each_field_and_nothing_is_saved() {
        login("secretary");
        var view = open(OrganisationView.NEW);

        userSets(view.form.nameJapanese, "名前だけ");
        userSets(view.form.kind, OrganisationKind.COMPANY);
        userSets(view.form.email, "not-an-email");
        userSets(view.form.website, "www.no-scheme");
        userSets(view.form.organisationNumber, "12#34");
        _click(view.save);

        assertThat(view.form.name.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.form.name.isInvalid()).isTrue();
        assertThat(view.form.name.getErrorMessage()).isEqualTo("Required.");
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.website.getErrorMessage()).contains("https://");
        assertThat(view.form.organisationNumber.isInvalid()).isTrue();
        assertThat(countNamed("名前だけ")).isZero();
    }

    @Test
    void field_errors_speak_the_users_language() {
        login("secretary");
        UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        var view = open(OrganisationView.NEW);

        _click(view.save);

        assertThat(view.form.name.getErrorMessage()).isEqualTo("Pflichtfeld.");
    }

    @Test
    void an_archived_organisation_leaves_the_list_and_can_be_restored() {
        login("secretary");
        var organisation = saveOrganisation("Archivable Networks AB");
        var view = open(String.valueOf(organisation.getId()));

        _click(view.archive);
        assertThat(countNamed("Archivable Networks")).isEqualTo(1);
        assertThat(organisations.page(new OrganisationFilter("Archivable Networks", null, null, null, null, false),
                Pageable.ofSize(1)).getTotalElements()).isZero();

        _click(view.archive);
        assertThat(organisations.get(organisation.getId()).orElseThrow().isArchived()).isFalse();
    }

    @Test
    void an_organisation_without_membership_is_deleted_after_confirmation_with_its_contacts() {
        login("secretary");
        var organisation = saveOrganisation("Short Lived Ventures AB");
        var view = open(String.valueOf(organisation.getId()));
        assertThat(view.delete.isVisible()).isTrue();

        _click(view.delete);
        assertThat(countNamed("Short Lived Ventures")).as("nothing happens before the confirmation").isEqualTo(1);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(countNamed("Short Lived Ventures")).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("members");
    }

    @Test
    void a_member_cannot_be_deleted_only_archived() {
        var member = fixtures.activeMember(
                fixtures.organisation("Malmö stad", OrganisationKind.MUNICIPALITY, "Malmö")).getOrganisation();
        login("secretary");

        var view = open(String.valueOf(member.getId()));

        assertThat(view.delete.isVisible()).isFalse();
        assertThat(view.archive.isVisible()).isTrue();
    }

    @Test
    void the_first_payment_makes_an_applicant_an_active_member() {
        login("secretary");
        fixtures.membershipType();
        var organisation = saveOrganisation("Fresh Member Robotics AB");
        var view = open(String.valueOf(organisation.getId()));
        var panel = _get(MembershipPanel.class);

        _click(panel.join);
        var join = _get(JoinDialog.class);
        userSets(join.type, memberships.types().getFirst());
        _click(join.confirm);
        assertThat(memberships.membershipOf(organisation.getId()).orElseThrow().getStatus())
                .isEqualTo(MembershipStatus.APPLICANT);

        _click(panel.recordPayment);
        var payment = _get(RecordPaymentDialog.class);
        userSets(payment.reference, "BG 5050-1055");
        _click(payment.record);

        var membership = memberships.membershipOf(organisation.getId()).orElseThrow();
        assertThat(membership.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(_size(panel.payments)).isEqualTo(1);
        assertThat(panel.summary.getText()).contains("Active");
        assertThat(view.delete.isVisible()).isFalse();
    }

    @Test
    void joining_without_any_membership_type_says_where_to_add_one() {
        login("secretary");

        var join = new JoinDialog(List.of(), LocalDate.of(2026, 3, 1));

        assertThat(join.confirm.isEnabled()).isFalse();
        assertThat(join.noTypes.getElement().getTextRecursively()).contains("There is no membership type yet");
        assertThat(_get(join, RouterLink.class).getHref()).isEqualTo(MembershipTypesView.PATH);
    }

    @Test
    void an_officer_reads_an_organisation_but_cannot_change_it() {
        var member = fixtures.activeMember(
                fixtures.organisation("Lund University", OrganisationKind.UNIVERSITY, "Lund")).getOrganisation();
        login("officer");

        var view = open(String.valueOf(member.getId()));

        assertThat(view.form.name.isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.archive.isVisible()).isFalse();
        assertThat(_get(ContactsPanel.class).add.isVisible()).isFalse();
        assertThat(_get(MembershipPanel.class).recordPayment.isVisible()).isFalse();
    }

    @Test
    void of_two_secretaries_saving_the_same_organisation_the_second_is_told_and_the_first_change_stays()
            throws Exception {
        login("secretary");
        var organisation = saveOrganisation("Contested Name AB");
        var firstSecretarysView = open(String.valueOf(organisation.getId()));

        anotherSecretaryMovesItToYstad(organisation.getId());

        userSets(firstSecretarysView.form.city, "Trelleborg");
        _click(firstSecretarysView.save);

        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith("Someone else changed this record")))).hasSize(1);
        assertThat(organisations.get(organisation.getId()).orElseThrow().getCity()).isEqualTo("Ystad");

        _click(_get(Button.class, spec -> spec.withText("Reload")));
        assertThat(firstSecretarysView.form.city.getValue()).isEqualTo("Ystad");
    }

    @Test
    void deleting_an_organisation_another_secretary_changed_meanwhile_is_refused_as_a_conflict() throws Exception {
        login("secretary");
        var organisation = saveOrganisation("Changed Before Deletion AB");
        var firstSecretarysView = open(String.valueOf(organisation.getId()));

        anotherSecretaryMovesItToYstad(organisation.getId());

        _click(firstSecretarysView.delete);
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(Span.class, spec -> spec.withPredicate(span -> span.getText().startsWith(
                "Someone else changed this record")))).hasSize(1);
        assertThat(organisations.get(organisation.getId()).orElseThrow().getCity()).isEqualTo("Ystad");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isNotEqualTo("members");
        _click(_get(Button.class, spec -> spec.withText("Reload")));
        assertThat(firstSecretarysView.form.city.getValue()).isEqualTo("Ystad");
    }

    @Test
    void a_contact_added_to_an_organisation_shows_in_its_list() {
        login("secretary");
        var organisation = saveOrganisation("Contactful Systems AB");
        open(String.valueOf(organisation.getId()));
        var panel = _get(ContactsPanel.class);

        _click(panel.add);
        var dialog = _get(ContactDialog.class);
        userSets(dialog.givenName, "Hanako");
        userSets(dialog.familyName, "Yamada");
        userSets(dialog.nameJapanese, "山田 花子");
        userSets(dialog.nameKana, "やまだ はなこ");
        userSets(dialog.email, "hanako.yamada@example.jp");
        userSets(dialog.consent, true);
        _click(dialog.save);
        assertThat(dialog.consentDate.isInvalid()).as("consent needs its date").isTrue();
        assertThat(contacts.ofOrganisation(organisation.getId())).isEmpty();

        userSets(dialog.consentDate, java.time.LocalDate.of(2026, 10, 1));
        userSets(dialog.consentSource, "Business card at the Kobe seminar");
        _click(dialog.save);

        assertThat(contacts.ofOrganisation(organisation.getId())).singleElement()
                .satisfies(contact -> assertThat(contact.getNameKana()).isEqualTo("やまだ はなこ"));
        assertThat(_size(panel.grid)).isEqualTo(1);
    }

    private Organisation saveOrganisation(String name) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity("Malmö");
        return organisations.save(organisation);
    }

    /** The other secretary works in a browser session of her own (Karibu keeps one per thread). */
    private void anotherSecretaryMovesItToYstad(long organisationId) throws InterruptedException {
        var other = new Thread(() -> inSessionOf("secretary", () -> {
            var view = open(String.valueOf(organisationId));
            userSets(view.form.city, "Ystad");
            _click(view.save);
        }));
        other.start();
        other.join();
    }
}
