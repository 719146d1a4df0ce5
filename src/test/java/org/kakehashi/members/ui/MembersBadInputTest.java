package org.kakehashi.members.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.reliability.BadInput.assertNoUnexpectedError;
import static org.kakehashi.reliability.BadInput.assertRefusedAtField;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.UiTest;
import org.kakehashi.members.ReminderFixtures;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.reliability.BadInput;
import org.kakehashi.reliability.TextLimits;
import org.kakehashi.security.SystemAccess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bad-input campaign over the members' forms: organisation, contact person, membership type, payment, and the
 * first membership period.
 */
class MembersBadInputTest extends UiTest {

    @RegisterExtension
    final ReminderFixtures fixtures = new ReminderFixtures();

    @BeforeEach
    void aMembershipTypeToJoinWith() {
        fixtures.membershipType();
    }

    private static final AtomicLong CASE = new AtomicLong();

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private ContactService contacts;

    @Autowired
    private MembershipService memberships;

    // ---- organisation form ----

    @ParameterizedTest(name = "organisation name: {0}")
    @EnumSource(BadInput.class)
    void the_organisation_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        organisationField(input, true, form -> form.name, Organisation::getName);
    }

    @ParameterizedTest(name = "organisation city: {0}")
    @EnumSource(BadInput.class)
    void the_organisation_city_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        organisationField(input, false, form -> form.city, Organisation::getCity);
    }

    @ParameterizedTest(name = "organisation notes: {0}")
    @EnumSource(BadInput.class)
    void the_organisation_notes_are_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        organisationField(input, false, form -> form.notes, Organisation::getNotes);
    }

    private <F extends HasValue<?, String> & HasValidation> void organisationField(BadInput input, boolean required,
            Function<OrganisationForm, F> field, Function<Organisation, String> stored) {
        login("secretary");
        long before = organisations.count(org.kakehashi.members.OrganisationFilter.all());
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters(OrganisationView.ID, OrganisationView.NEW));
        var view = _get(OrganisationView.class);
        userSets(view.form.name, "Bad input test " + CASE.incrementAndGet());
        userSets(view.form.kind, OrganisationKind.COMPANY);
        userSets(field.apply(view.form), input.text);
        _click(view.save);

        assertNoUnexpectedError();
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(view.form));
            assertThat(organisations.count(org.kakehashi.members.OrganisationFilter.all())).isEqualTo(before);
            return;
        }
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).as("the new organisation's page opens").matches("members/\\d+");
        var saved = organisations.get(Long.parseLong(path.substring("members/".length()))).orElseThrow();
        var expected = input.isNothing() ? null : input.text;
        assertThat(stored.apply(saved)).isEqualTo(expected);
        var shown = _get(OrganisationView.class);
        assertThat(field.apply(shown.form).getValue()).isEqualTo(expected == null ? "" : expected);
        assertThat(_get(H2.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo(saved.getName());
    }

    // ---- contact person dialog ----

    @ParameterizedTest(name = "contact family name: {0}")
    @EnumSource(BadInput.class)
    void the_contact_family_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        contactField(input, true, dialog -> dialog.familyName, ContactPerson::getFamilyName);
    }

    @ParameterizedTest(name = "contact title: {0}")
    @EnumSource(BadInput.class)
    void the_contact_title_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        contactField(input, false, dialog -> dialog.title, ContactPerson::getTitle);
    }

    private <F extends HasValue<?, String> & HasValidation> void contactField(BadInput input, boolean required,
            Function<ContactDialog, F> field, Function<ContactPerson, String> stored) {
        login("secretary");
        var organisation = newOrganisation();
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        _click(_get(OrganisationView.class).contactsPanel.add);
        var dialog = _get(ContactDialog.class);
        userSets(dialog.givenName, "Test");
        userSets(dialog.familyName, "Contact");
        userSets(field.apply(dialog), input.text);
        _click(dialog.save);

        assertNoUnexpectedError();
        var saved = contacts.ofOrganisation(organisation.getId());
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(dialog));
            assertThat(saved).isEmpty();
            return;
        }
        var expected = input.isNothing() ? null : input.text;
        assertThat(saved).singleElement().extracting(stored).isEqualTo(expected);
        var grid = _get(OrganisationView.class).contactsPanel.grid;
        assertThat(_size(grid)).isEqualTo(1);
        if (expected != null) {
            assertThat(String.join(" | ", _getFormattedRow(grid, 0))).contains(expected);
        }
    }

    // ---- membership type dialog ----

    @ParameterizedTest(name = "membership type name: {0}")
    @EnumSource(BadInput.class)
    void the_membership_type_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        // Type names are unique, so each accepted case gets its own ending
        var text = input.refusedWhenRequired() ? input.text : input.text + " " + CASE.incrementAndGet();
        typeField(text, input.refusedWhenRequired(), dialog -> dialog.name, MembershipType::getName, false);
    }

    @ParameterizedTest(name = "membership type description: {0}")
    @EnumSource(BadInput.class)
    void the_membership_type_description_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        typeField(input.text, input.refusedWhenOptional(), dialog -> dialog.description,
                MembershipType::getDescription, input.isNothing());
    }

    private <F extends HasValue<?, String> & HasValidation> void typeField(String text, boolean refused,
            Function<MembershipTypeDialog, F> field, Function<MembershipType, String> stored, boolean nothing) {
        login("secretary");
        UI.getCurrent().navigate(MembershipTypesView.class);
        int before = memberships.types().size();
        _click(_get(MembershipTypesView.class).add);
        var dialog = _get(MembershipTypeDialog.class);
        userSets(dialog.name, "Bad input type " + CASE.incrementAndGet());
        userSets(dialog.annualFee, new BigDecimal("1000"));
        userSets(field.apply(dialog), text);
        _click(dialog.save);

        assertNoUnexpectedError();
        if (refused) {
            assertRefusedAtField(field.apply(dialog));
            assertThat(memberships.types()).hasSize(before);
            return;
        }
        var expected = nothing ? null : text;
        assertThat(memberships.types()).hasSize(before + 1).extracting(stored).contains(expected);
        var grid = _get(MembershipTypesView.class).grid;
        if (expected != null) {
            assertThat(java.util.stream.IntStream.range(0, _size(grid))
                    .mapToObj(row -> String.join(" | ", _getFormattedRow(grid, row))))
                    .anyMatch(row -> row.contains(expected));
        }
    }

    // ---- numbers: the annual fee and a payment ----

    @ParameterizedTest(name = "annual fee {0}: accepted {1}")
    @CsvSource({"-1, false", "0, true", "0.001, false", "1E20, false", "9223372036854775807, false",
        "9999999999.99, true", "-9223372036854775808, false"})
    void an_annual_fee_out_of_range_is_refused_at_the_field_and_one_in_range_is_stored(BigDecimal fee,
            boolean accepted) {
        login("secretary");
        UI.getCurrent().navigate(MembershipTypesView.class);
        _click(_get(MembershipTypesView.class).add);
        var dialog = _get(MembershipTypeDialog.class);
        var name = "Fee test " + CASE.incrementAndGet();
        userSets(dialog.name, name);
        userSets(dialog.annualFee, fee);
        _click(dialog.save);

        assertNoUnexpectedError();
        var saved = memberships.types().stream().filter(type -> type.getName().equals(name)).findFirst();
        if (accepted) {
            assertThat(saved).get().extracting(MembershipType::getAnnualFee)
                    .satisfies(stored -> assertThat(stored).isEqualByComparingTo(fee));
        } else {
            assertRefusedAtField(dialog.annualFee);
            assertThat(saved).isEmpty();
        }
    }

    @ParameterizedTest(name = "payment of {0} for {1}, paid {2}: accepted {3}")
    @CsvSource({
        "-1, 2026, 2026-01-15, false",
        "0, 2026, 2026-01-15, false",
        "1E20, 2026, 2026-01-15, false",
        "9223372036854775807, 2026, 2026-01-15, false",
        "0.001, 2026, 2026-01-15, false",
        "1200, 0, 2026-01-15, false",
        "1200, -2026, 2026-01-15, false",
        "1200, 2147483647, 2026-01-15, false",
        "1200, 2026, 0001-01-01, true",
        "1200, 2026, 9999-12-31, false",
        "9999999999.99, 2026, 2026-01-15, true",
    })
    void a_payment_out_of_range_is_refused_at_the_field_and_nothing_is_recorded(BigDecimal amount, int year,
            LocalDate paid, boolean accepted) {
        login("secretary");
        var organisation = newOrganisation();
        var dialog = recordPaymentOfA2026Member(organisation);
        userSets(dialog.amount, amount);
        userSets(dialog.periodYear, year);
        userSets(dialog.paidDate, paid);
        userSets(dialog.reference, "<script>alert(1)</script>");
        _click(dialog.record);

        assertNoUnexpectedError();
        var membership = memberships.membershipOf(organisation.getId()).orElseThrow();
        var payments = memberships.paymentsOf(membership.getId());
        if (accepted) {
            assertThat(payments).singleElement().satisfies(payment -> {
                assertThat(payment.getAmount()).isEqualByComparingTo(amount);
                assertThat(payment.getPaidDate()).isEqualTo(paid);
                assertThat(payment.getReference()).isEqualTo("<script>alert(1)</script>");
            });
            var grid = _get(OrganisationView.class).membershipPanel.payments;
            assertThat(String.join(" | ", _getFormattedRow(grid, 0))).contains("<script>alert(1)</script>");
        } else {
            assertThat(payments).isEmpty();
            assertThat(java.util.stream.Stream.of(dialog.amount, dialog.periodYear, dialog.paidDate)
                    .anyMatch(HasValidation::isInvalid)).as("a field says what is wrong").isTrue();
        }
    }

    // ---- join dialog: the first period ----

    @ParameterizedTest(name = "membership from {0} to {1}: accepted {2}")
    @CsvSource({
        "0001-01-01, 0001-12-31, true",
        "9999-01-01, 9999-12-31, true",
        "0001-01-01, 9999-12-31, true",
        "2026-03-01, 2026-03-01, true",
        "2026-03-01, 2026-02-28, false",
        "9999-12-31, 0001-01-01, false",
        ", 2026-12-31, false",
        "2026-03-01, , false",
    })
    void a_membership_period_far_in_the_past_or_future_is_stored_exactly_and_a_reversed_one_refused(
            LocalDate start, LocalDate end, boolean accepted) {
        login("secretary");
        var organisation = newOrganisation();
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        _click(_get(OrganisationView.class).membershipPanel.join);
        var dialog = _get(JoinDialog.class);
        userSets(dialog.type, memberships.types().getFirst());
        // The end follows a changed start, so the start is set first
        userSets(dialog.start, start);
        userSets(dialog.end, end);
        _click(dialog.confirm);

        assertNoUnexpectedError();
        var membership = memberships.membershipOf(organisation.getId());
        if (!accepted) {
            assertThat(membership).isEmpty();
            assertThat(java.util.stream.Stream.of(dialog.start, dialog.end).anyMatch(HasValidation::isInvalid))
                    .as("a date says what is wrong").isTrue();
            assertRefusedAtField(start == null ? dialog.start : dialog.end);
            return;
        }
        assertThat(membership).get().satisfies(stored -> {
            assertThat(stored.getStartDate()).isEqualTo(start);
            assertThat(stored.getEndDate()).isEqualTo(end);
        });
        assertThat(_get(OrganisationView.class).membershipPanel.summary.getText())
                .contains(org.kakehashi.common.ui.Formats.date(end, UI.getCurrent().getLocale()));
    }

    // ---- every text field: a paste over the limit arrives whole and is refused with its length ----

    @Test
    void every_text_field_of_the_organisation_form_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("secretary");
        long before = organisations.count(org.kakehashi.members.OrganisationFilter.all());
        UI.getCurrent().navigate(OrganisationView.class, new RouteParameters(OrganisationView.ID, OrganisationView.NEW));
        var view = _get(OrganisationView.class);

        TextLimits.assertEveryTextFieldRefusesTooLongText(view.form, UiTest::userSets, () -> _click(view.save),
                view.form.website, view.form.phone);
        assertThat(organisations.count(org.kakehashi.members.OrganisationFilter.all())).isEqualTo(before);
    }

    @Test
    void every_text_field_of_the_contact_dialog_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("secretary");
        var organisation = newOrganisation();
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        _click(_get(OrganisationView.class).contactsPanel.add);
        var dialog = _get(ContactDialog.class);

        TextLimits.assertEveryTextFieldRefusesTooLongText(dialog, UiTest::userSets, () -> _click(dialog.save),
                dialog.phone, dialog.mobile, dialog.nameKana);
        assertThat(contacts.ofOrganisation(organisation.getId())).isEmpty();
    }

    @Test
    void every_text_field_of_the_membership_type_and_payment_dialogs_refuses_a_too_long_text() {
        login("secretary");
        UI.getCurrent().navigate(MembershipTypesView.class);
        int before = memberships.types().size();
        _click(_get(MembershipTypesView.class).add);
        var type = _get(MembershipTypeDialog.class);
        TextLimits.assertEveryTextFieldRefusesTooLongText(type, UiTest::userSets, () -> _click(type.save),
                type.currency);
        assertThat(memberships.types()).hasSize(before);

        var organisation = newOrganisation();
        var payment = recordPaymentOfA2026Member(organisation);
        TextLimits.assertEveryTextFieldRefusesTooLongText(payment, UiTest::userSets, () -> _click(payment.record),
                payment.currency);
        var membership = memberships.membershipOf(organisation.getId()).orElseThrow();
        assertThat(memberships.paymentsOf(membership.getId())).isEmpty();
    }

    private Organisation newOrganisation() {
        var organisation = new Organisation();
        organisation.setName("Bad input host " + CASE.incrementAndGet());
        organisation.setKind(OrganisationKind.COMPANY);
        var saved = new Organisation[1];
        SystemAccess.run(() -> saved[0] = organisations.save(organisation));
        return saved[0];
    }

    /** The organisation becomes a member for 2026, and its page's "Record payment" dialog is opened. */
    private RecordPaymentDialog recordPaymentOfA2026Member(Organisation organisation) {
        SystemAccess.run(() -> memberships.join(organisation.getId(), memberships.types().getFirst(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        UI.getCurrent().navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisation.getId())));
        _click(_get(OrganisationView.class).membershipPanel.recordPayment);
        return _get(RecordPaymentDialog.class);
    }
}
