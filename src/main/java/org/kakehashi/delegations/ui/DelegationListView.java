package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationDirection;
import org.kakehashi.delegations.DelegationFilter;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.DelegationStatus;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** The delegations, inbound and outbound, filtered by direction, status, year and city; newest first. */
@Route(DelegationListView.PATH)
@Menu(title = "nav.delegations", order = 30, icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DelegationListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "delegations";

    final Select<DelegationDirection> direction = new Select<>();
    final Select<DelegationStatus> status = new Select<>();
    final Select<Integer> year = new Select<>();
    final ComboBox<String> city = new ComboBox<>();
    final Grid<Delegation> grid = new Grid<>();
    final Button add = new Button();
    final Button calendar = new Button();
    /** The days of start from ?from= and ?to=, shown as a chip that removes them. */
    final Button starting = new Button();
    private LocalDate startsFrom;
    private LocalDate startsTo;

    public DelegationListView(DelegationService delegations, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        setUpFilters(delegations, clock);
        setUpGrid(delegations);
        setUpButtons(currentUser);
        var filters = new HorizontalLayout(direction, status, year, city, starting);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("delegations.title"), calendar, add), filters, grid);
    }

    private void setUpFilters(DelegationService delegations, Clock clock) {
        direction.setLabel(getTranslation("delegation.direction"));
        direction.setItems(DelegationDirection.values());
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("delegations.filter.all"));
        direction.setItemLabelGenerator(value -> value == null ? getTranslation("delegations.filter.all")
                : getTranslation("delegation.direction." + value));
        status.setLabel(getTranslation("delegation.status"));
        status.setItems(DelegationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("delegations.filter.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("delegations.filter.all")
                : getTranslation("delegation.status." + value));
        year.setLabel(getTranslation("delegations.filter.year"));
        year.setItems(delegations.years(LocalDate.now(clock).getYear()));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("delegations.filter.all"));
        year.setItemLabelGenerator(value -> value == null ? getTranslation("delegations.filter.all")
                : value.toString());
        city.setLabel(getTranslation("delegations.filter.city"));
        city.setItems(delegations.cities());
        city.setClearButtonVisible(true);
        direction.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        year.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        city.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void setUpGrid(DelegationService delegations) {
        grid.addColumn(Delegation::getTitle).setHeader(getTranslation("delegation.title")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(delegation -> getTranslation("delegation.direction." + delegation.getDirection()))
                .setHeader(getTranslation("delegation.direction")).setKey("direction").setSortable(true);
        grid.addColumn(Delegation::getHomeCity).setHeader(getTranslation("delegation.home-city"))
                .setKey("homeCity").setSortable(true);
        grid.addColumn(Delegation::getVisitedCities).setHeader(getTranslation("delegation.visited-cities"))
                .setFlexGrow(2);
        grid.addColumn(delegation -> Formats.date(delegation.getStartDate(), getLocale()))
                .setHeader(getTranslation("delegation.start-date")).setKey("startDate").setSortable(true);
        grid.addColumn(delegation -> Formats.date(delegation.getEndDate(), getLocale()))
                .setHeader(getTranslation("delegation.end-date")).setKey("endDate").setSortable(true);
        grid.addColumn(delegation -> getTranslation("delegation.status." + delegation.getStatus()))
                .setHeader(getTranslation("delegation.status")).setKey("status").setSortable(true);
        grid.addColumn(delegation -> delegation.getOfficerRef() == null ? ""
                : delegation.getOfficerRef().displayName())
                .setHeader(getTranslation("delegation.responsible-officer"));
        grid.setItems(query -> delegations.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
    }

    private void setUpButtons(CurrentUser currentUser) {
        add.setText(getTranslation("delegations.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> UI.getCurrent().navigate(DelegationView.class,
                new RouteParameters(DelegationView.ID, DelegationView.NEW)));
        add.setVisible(Planners.canPlan(currentUser));
        calendar.setText(getTranslation("calendar.title"));
        calendar.setIcon(VaadinIcon.CALENDAR.create());
        calendar.addClickListener(click -> UI.getCurrent().navigate(DelegationCalendarView.class));

        starting.setIcon(VaadinIcon.CLOSE_SMALL.create());
        starting.setIconAfterText(true);
        starting.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        starting.setVisible(false);
        starting.addClickListener(click -> {
            startsFrom = null;
            startsTo = null;
            starting.setVisible(false);
            grid.getDataProvider().refreshAll();
        });
    }

    DelegationFilter filter() {
        return new DelegationFilter(direction.getValue(), status.getValue(), year.getValue(), city.getValue(),
                startsFrom, startsTo);
    }

    /** ?from=2026-06-15&to=2026-09-13 lists the delegations starting in those days, as the dashboard links to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        startsFrom = parameters.getSingleParameter("from").flatMap(DelegationListView::day).orElse(null);
        startsTo = parameters.getSingleParameter("to").flatMap(DelegationListView::day).orElse(null);
        starting.setVisible(startsFrom != null || startsTo != null);
        starting.setText(getTranslation("delegations.filter.starting",
                startsFrom == null ? "…" : Formats.date(startsFrom, getLocale()),
                startsTo == null ? "…" : Formats.date(startsTo, getLocale())));
        grid.getDataProvider().refreshAll();
    }

    private static java.util.Optional<LocalDate> day(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException notADay) {
            return java.util.Optional.empty();
        }
    }

    private static void open(Delegation delegation) {
        UI.getCurrent().navigate(DelegationView.class,
                new RouteParameters(DelegationView.ID, String.valueOf(delegation.getId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegations.title");
    }
}
