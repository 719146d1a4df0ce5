package org.kakehashi.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kakehashi.reliability.BadInput.assertNoUnexpectedError;
import static org.kakehashi.reliability.BadInput.assertRefusedAtField;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.kakehashi.UiTest;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.ActivityService;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.SavedLeadFilterService;
import org.kakehashi.reliability.BadInput;
import org.kakehashi.reliability.TextLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The bad-input campaign over the pipeline's forms: lead, activity, saved filter. */
class PipelineBadInputTest extends UiTest {

    private static final AtomicLong CASE = new AtomicLong();

    @Autowired
    private LeadService leads;

    @Autowired
    private ActivityService activityService;

    @Autowired
    private SavedLeadFilterService savedFilters;

    // ---- lead form ----

    @ParameterizedTest(name = "lead company name: {0}")
    @EnumSource(BadInput.class)
    void the_company_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        leadField(input, true, form -> form.companyName, Lead::getCompanyName);
    }

    @ParameterizedTest(name = "lead next action: {0}")
    @EnumSource(BadInput.class)
    void the_next_action_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        leadField(input, false, form -> form.nextAction, Lead::getNextAction);
    }

    @ParameterizedTest(name = "lead competing locations: {0}")
    @EnumSource(BadInput.class)
    void the_competing_locations_are_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        leadField(input, false, form -> form.competingLocations,
                lead -> lead.getInvestment().getCompetingLocations());
    }

    private <F extends HasValue<?, String> & HasValidation> void leadField(BadInput input, boolean required,
            Function<LeadForm, F> field, Function<Lead, String> stored) {
        login("officer");
        long before = leads.count(LeadFilter.all());
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        userSets(form.companyName, "Bad input KK " + CASE.incrementAndGet());
        userSets(field.apply(form), input.text);
        _click(form.save);

        assertNoUnexpectedError();
        if (required ? input.refusedWhenRequired() : input.refusedWhenOptional()) {
            assertRefusedAtField(field.apply(form));
            assertThat(leads.count(LeadFilter.all())).isEqualTo(before);
            return;
        }
        var saved = openedLead();
        var expected = input.isNothing() ? null : input.text;
        assertThat(stored.apply(saved)).isEqualTo(expected);
        assertThat(field.apply(_get(LeadForm.class)).getValue()).isEqualTo(expected == null ? "" : expected);
        assertThat(_get(H2.class, spec -> spec.withClasses("view-title")).getText()).isEqualTo(saved.getCompanyName());
    }

    @ParameterizedTest(name = "lead with {0} jobs, investment {1}, probability {2}, decision {3}: accepted {4}")
    @CsvSource({
        "-1, , 10, , false",
        "0, 0, 0, , true",
        "2147483647, , 10, , false",
        ", -1, 10, , false",
        ", 1E20, 10, , false",
        ", 9223372036854775807, 10, , false",
        ", 999999999999.99, 10, , true",
        ", 0.001, 10, , false",
        ", , -1, , false",
        ", , 101, , false",
        ", , 100, 0001-01-01, true",
        ", , 100, 9999-12-31, true",
    })
    void numbers_and_dates_out_of_range_are_refused_at_the_field_and_those_in_range_stored(Integer jobs,
            BigDecimal investment, Integer probability, LocalDate decision, boolean accepted) {
        login("officer");
        long before = leads.count(LeadFilter.all());
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        userSets(form.companyName, "Numbers KK " + CASE.incrementAndGet());
        userSets(form.estimatedJobs, jobs);
        userSets(form.estimatedInvestment, investment);
        userSets(form.probability, probability);
        userSets(form.expectedDecisionDate, decision);
        _click(form.save);

        assertNoUnexpectedError();
        if (!accepted) {
            assertThat(leads.count(LeadFilter.all())).isEqualTo(before);
            assertThat(Stream.of(form.estimatedJobs, form.estimatedInvestment, form.probability,
                    form.expectedDecisionDate).anyMatch(HasValidation::isInvalid)).as("a field says what is wrong")
                    .isTrue();
            return;
        }
        var saved = openedLead();
        assertThat(saved.getEstimatedJobs()).isEqualTo(jobs);
        if (investment != null) {
            assertThat(saved.getInvestment().getAmount()).isEqualByComparingTo(investment);
        }
        assertThat(saved.getProbability()).isEqualTo(probability);
        assertThat(saved.getExpectedDecisionDate()).isEqualTo(decision);
    }

    private Lead openedLead() {
        var path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).as("the new lead's page opens").matches("pipeline/leads/\\d+");
        return leads.get(Long.parseLong(path.substring("pipeline/leads/".length()))).orElseThrow();
    }

    // ---- activity ----

    @ParameterizedTest(name = "activity summary: {0}")
    @EnumSource(BadInput.class)
    void an_activity_summary_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        login("officer");
        var lead = leads.page(LeadFilter.all(), Pageable.ofSize(1)).getContent().getFirst();
        int before = activityService.activities(lead.getId()).size();
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(lead.getId()));
        var timeline = _get(LeadView.class).timeline;
        userSets(timeline.summary, input.text);
        _click(timeline.add);

        assertNoUnexpectedError();
        var activities = activityService.activities(lead.getId());
        if (input.refusedWhenRequired()) {
            assertRefusedAtField(timeline.summary);
            assertThat(activities).hasSize(before);
            return;
        }
        assertThat(activities).hasSize(before + 1).extracting(activity -> activity.getSummary())
                .contains(input.text);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(input.text);
    }

    @ParameterizedTest(name = "activity on {0}")
    @CsvSource({"0001-01-01", "9999-12-31"})
    void an_activity_far_in_the_past_or_future_is_stored_exactly(LocalDate date) {
        login("officer");
        var lead = leads.page(LeadFilter.all(), Pageable.ofSize(1)).getContent().getFirst();
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(lead.getId()));
        var timeline = _get(LeadView.class).timeline;
        var summary = "Dated " + CASE.incrementAndGet();
        userSets(timeline.summary, summary);
        userSets(timeline.date, date);
        _click(timeline.add);

        assertNoUnexpectedError();
        assertThat(activityService.activities(lead.getId()))
                .filteredOn(activity -> activity.getSummary().equals(summary)).singleElement().extracting(activity -> activity.getDate()).isEqualTo(date);
    }

    // ---- saved filter ----

    @ParameterizedTest(name = "saved filter name: {0}")
    @EnumSource(BadInput.class)
    void a_saved_filter_name_is_refused_at_the_field_or_stored_and_shown_exactly(BadInput input) {
        login("officer");
        int before = savedFilters.own().size();
        UI.getCurrent().navigate(LeadListView.class);
        var bar = _get(LeadListView.class).savedFilters;
        userSets(bar.name, input.text);
        _click(bar.save);

        assertNoUnexpectedError();
        if (input.refusedWhenRequired()) {
            assertRefusedAtField(bar.name);
            assertThat(savedFilters.own()).hasSize(before);
            return;
        }
        assertThat(savedFilters.own()).extracting(filter -> filter.getName()).contains(input.text);
        assertThat(bar.saved.getListDataView().getItems().map(bar.saved.getItemLabelGenerator()::apply))
                .contains(input.text);
    }

    @ParameterizedTest(name = "saved filter with a search of {0}")
    @EnumSource(BadInput.class)
    void a_filter_with_any_search_is_saved_or_refused_at_the_search_field(BadInput input) {
        login("officer");
        UI.getCurrent().navigate(LeadListView.class);
        var view = _get(LeadListView.class);
        var filterBar = _get(LeadFilterBar.class);
        userSets(filterBar.search, input.text);
        var name = "Search " + CASE.incrementAndGet();
        userSets(view.savedFilters.name, name);
        _click(view.savedFilters.save);

        assertNoUnexpectedError();
        var saved = savedFilters.own().stream().filter(filter -> filter.getName().equals(name)).findFirst();
        if (input.isTooLong()) {
            assertRefusedAtField(filterBar.search);
            assertThat(saved).isEmpty();
            return;
        }
        assertThat(saved).isPresent();
        var search = saved.get().getFilter().search();
        if (input.isNothing()) {
            assertThat(search == null || search.isBlank()).isTrue();
        } else {
            assertThat(search).isEqualTo(input.text);
        }
    }

    // ---- every text field: a paste over the limit arrives whole and is refused with its length ----

    @Test
    void every_text_field_of_the_lead_form_and_the_activity_refuses_a_too_long_text_and_says_how_long_it_was() {
        login("officer");
        long before = leads.count(LeadFilter.all());
        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var form = _get(LeadForm.class);
        TextLimits.assertEveryTextFieldRefusesTooLongText(form, UiTest::userSets, () -> _click(form.save),
                form.country);
        assertThat(leads.count(LeadFilter.all())).isEqualTo(before);

        UI.getCurrent().navigate(LeadView.class, LeadView.parameters(null));
        var newForm = _get(LeadForm.class);
        userSets(newForm.companyName, "Long activity KK " + CASE.incrementAndGet());
        _click(newForm.save);
        var lead = openedLead();
        var timeline = _get(LeadView.class).timeline;
        TextLimits.assertEveryTextFieldRefusesTooLongText(timeline, UiTest::userSets, () -> _click(timeline.add));
        assertThat(activityService.activities(lead.getId())).isEmpty();
    }

    @Test
    void every_text_field_of_the_lead_filters_refuses_a_too_long_text_when_the_filter_is_saved() {
        login("officer");
        int before = savedFilters.own().size();
        UI.getCurrent().navigate(LeadListView.class);
        var view = _get(LeadListView.class);

        TextLimits.assertEveryTextFieldRefusesTooLongText(view, UiTest::userSets,
                () -> _click(view.savedFilters.save), view.filters.country);
        assertThat(savedFilters.own()).hasSize(before);
    }
}
