package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Map;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.delegations.CalendarPeriod;
import org.kakehashi.delegations.CalendarService;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.HomeZone;
import org.kakehashi.security.Roles;

/**
 * All delegations and their programme items by month or by week, with previous, next and today; a click opens the
 * delegation. Built from plain components: the date and the period are in the address, so a view can be shared.
 */
@Route(DelegationCalendarView.PATH)
@StyleSheet("styles/delegations.css")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationCalendarView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "delegations/calendar";
    /** The lines a day of the month view shows at most; a busy day's last line says how many more its week has. */
    static final int ENTRIES_PER_DAY = 4;

    enum Period { MONTH, WEEK }

    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button today = new Button();
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Select<Period> period = new Select<>();
    final Span heading = new Span();
    final Div days = new Div();
    final FeedSubscription subscription;

    private final DelegationService delegations;
    private final Clock clock;
    private final ZoneId homeZone;
    private LocalDate shown;

    public DelegationCalendarView(DelegationService delegations, CalendarService calendars, HomeZone homeZone,
            Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
        this.homeZone = homeZone.zone();
        setSizeFull();
        previous.setAriaLabel(getTranslation("calendar.previous"));
        next.setAriaLabel(getTranslation("calendar.next"));
        today.setText(getTranslation("calendar.today"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(value -> getTranslation("calendar.period." + value));
        period.setValue(Period.MONTH);
        period.setAriaLabel(getTranslation("calendar.period"));
        previous.addClickListener(click -> go(step(-1), period.getValue()));
        next.addClickListener(click -> go(step(1), period.getValue()));
        today.addClickListener(click -> go(LocalDate.now(clock), period.getValue()));
        period.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(shown, change.getValue());
            }
        });
        heading.addClassName("calendar-heading");
        days.addClassName("calendar-days");
        subscription = new FeedSubscription(calendars);

        var list = new Button(getTranslation("calendar.list"), VaadinIcon.LIST.create(),
                click -> UI.getCurrent().navigate(DelegationListView.class));
        list.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var navigation = new HorizontalLayout(previous, today, next, heading, period);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        navigation.setWrap(true);
        add(new ViewHeader(getTranslation("calendar.title"), list), navigation, days, subscription);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var date = parameters.getSingleParameter("date").map(DelegationCalendarView::parse)
                .orElseGet(() -> LocalDate.now(clock));
        var chosen = parameters.getSingleParameter("period").filter("week"::equals).isPresent() ? Period.WEEK
                : Period.MONTH;
        show(date, chosen);
    }

    private void go(LocalDate date, Period chosen) {
        UI.getCurrent().navigate(DelegationCalendarView.class, QueryParameters.simple(
                Map.of("date", date.toString(), "period", chosen.name().toLowerCase())));
    }

    private LocalDate step(int direction) {
        return period.getValue() == Period.MONTH ? shown.plusMonths(direction).withDayOfMonth(1)
                : shown.plusWeeks(direction);
    }

    void show(LocalDate date, Period chosen) {
        shown = date;
        period.setValue(chosen);
        var locale = getLocale();
        var firstDayOfWeek = Formats.firstDayOfWeek(locale);
        LocalDate first;
        LocalDate last;
        if (chosen == Period.MONTH) {
            first = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
            last = date.with(TemporalAdjusters.lastDayOfMonth())
                    .with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
            heading.setText(DateTimeFormatter.ofPattern(getTranslation("calendar.month-pattern"), locale).format(date));
        } else {
            first = date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
            last = first.plusDays(6);
            heading.setText(getTranslation("calendar.week", Formats.weekNumber(date, locale),
                    Formats.date(first, locale), Formats.date(last, locale)));
        }
        var calendar = delegations.calendar(first, last);
        days.removeAll();
        days.getElement().setAttribute("period", chosen.name().toLowerCase());
        for (int i = 0; i < 7; i++) {
            var weekday = new Div(firstDayOfWeek.plus(i).getDisplayName(TextStyle.SHORT, locale));
            weekday.addClassName("calendar-weekday");
            days.add(weekday);
        }
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(dayCell(day, calendar, chosen == Period.MONTH && day.getMonth() != date.getMonth(),
                    chosen == Period.MONTH));
        }
    }

    private Div dayCell(LocalDate day, CalendarPeriod calendar, boolean otherMonth, boolean capped) {
        var cell = new Div();
        cell.addClassName("calendar-day");
        if (otherMonth) {
            cell.addClassName("calendar-other-month");
        }
        if (day.equals(LocalDate.now(clock))) {
            cell.addClassName("calendar-today");
        }
        var number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("calendar-day-number");
        cell.add(number);
        var entries = new ArrayList<Entry>();
        for (var delegation : calendar.delegations()) {
            if (delegation.covers(day)) {
                entries.add(new Entry(delegation.getTitle(), "calendar-delegation", delegation));
            }
        }
        for (var item : calendar.items()) {
            if (item.getStart().toLocalDate().equals(day)) {
                entries.add(new Entry(times(item.getZonedStart()) + " " + item.getTitle(), "calendar-item",
                        item.getDelegation()));
            }
        }
        // A month's cell has room for a few lines: a busy day shows its first entries and links to its week
        int shown = capped && entries.size() > ENTRIES_PER_DAY ? ENTRIES_PER_DAY - 1 : entries.size();
        entries.subList(0, shown).forEach(entry -> cell.add(entry.button()));
        if (shown < entries.size()) {
            var more = new Button(getTranslation("calendar.more", entries.size() - shown),
                    click -> go(day, Period.WEEK));
            more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            more.addClassName("calendar-more");
            cell.add(more);
        }
        return cell;
    }

    /**
     * An item's start with its zone, and our time beside it where that differs: the Osaka reception at 18:00 JST
     * reads "18:00 JST (10:00 CET)", a Leipzig item at 18:00 CEST stays "18:00 CEST" on a Stockholm calendar.
     */
    private String times(ZonedDateTime start) {
        var local = Formats.time(start, getLocale()) + " " + Formats.zone(start, getLocale());
        var atHome = start.withZoneSameInstant(homeZone);
        if (atHome.toLocalDateTime().equals(start.toLocalDateTime())) {
            return local;
        }
        return local + " (" + Formats.time(atHome, start.toLocalDate(), getLocale()) + " "
                + Formats.zone(atHome, getLocale()) + ")";
    }

    /** A delegation's day or a programme item in a day's cell; a click opens the delegation. */
    private record Entry(String text, String className, Delegation delegation) {

        Button button() {
            var entry = new Button(text, click -> UI.getCurrent().navigate(DelegationView.class,
                    new RouteParameters(DelegationView.ID, String.valueOf(delegation.getId()))));
            entry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            entry.addClassName(className);
            entry.addClassName("calendar-status-" + delegation.getStatus().name().toLowerCase());
            return entry;
        }
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
