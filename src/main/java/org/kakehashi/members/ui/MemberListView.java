package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.MemberExchangeService;
import org.kakehashi.members.Membership;
import org.kakehashi.members.MembershipStatus;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.data.domain.Sort;

/** The member register: every organisation, found by name and narrowed by filters. The secretary's landing page. */
@Route(MemberListView.PATH)
@Menu(title = "nav.members", order = 20, icon = "vaadin:building")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class MemberListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "members";

    final Grid<Organisation> grid = new Grid<>();
    private final OrganisationService organisations;
    private final OrganisationFilterBar filterBar;
    private final Span count = new Span();
    private OrganisationFilter filter = OrganisationFilter.all();
    /** The dashboard's narrowing for a period: the members active on a day, maybe in other cities than some. */
    private java.time.LocalDate activeOn;
    private java.util.List<String> otherThanCities = java.util.List.of();
    final Span scope = new Span();
    final Button showAll = new Button();

    public MemberListView(OrganisationService organisations, MembershipService memberships, CurrentUser currentUser,
            MemberExchangeService exchange) {
        this.organisations = organisations;
        setSizeFull();
        filterBar = new OrganisationFilterBar(organisations.cities(), memberships.types(), this::applyFilter);

        var header = new ViewHeader(getTranslation("members.title"), count);
        header.add(new MemberExportMenu(exchange, () -> filter,
                currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN)));
        if (currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN)) {
            var add = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                            new RouteParameters(OrganisationView.ID, OrganisationView.NEW))));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        configureGrid();
        showAll.setText(getTranslation("members.scope.remove"));
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        showAll.addClickListener(click -> {
            activeOn = null;
            otherThanCities = java.util.List.of();
            applyFilter(filterBar.filter());
        });
        var scopeLine = new com.vaadin.flow.component.html.Div(scope, showAll);
        scopeLine.addClassName("member-list-scope");
        scopeLine.setVisible(false);
        add(header, filterBar, scopeLine, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(this::nameWithJapanese).setHeader(getTranslation("organisation.name"))
                .setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(organisation -> getTranslation(organisation.getKind().translationKey()))
                .setHeader(getTranslation("organisation.kind")).setKey("kind").setSortable(true);
        grid.addColumn(Organisation::getCity).setHeader(getTranslation("organisation.city"))
                .setKey("city").setSortable(true);
        grid.addColumn(organisation -> membership(organisation, membership -> membership.getType().getName()))
                .setHeader(getTranslation("membership.type")).setKey("membershipType").setSortable(true);
        grid.addColumn(organisation -> membership(organisation,
                        membership -> getTranslation(membership.getStatus().translationKey())))
                .setHeader(getTranslation("membership.status")).setKey("status").setSortable(true);
        grid.addColumn(organisation -> membership(organisation,
                        membership -> Formats.date(membership.getEndDate(), getLocale())))
                .setHeader(getTranslation("membership.end-date")).setKey("endDate").setSortable(true);
        grid.addColumn(organisation -> membership(organisation,
                        membership -> getTranslation(membership.getDuesStatus().translationKey())))
                .setHeader(getTranslation("dues.status")).setKey("duesStatus").setSortable(true);
        grid.setEmptyStateText(getTranslation("members.empty"));
        grid.setItems(this::fetch);
        // Selecting a row (click, or space on the keyboard) opens the organisation
        grid.asSingleSelect().addValueChangeListener(selection -> {
            if (selection.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                        new RouteParameters(OrganisationView.ID, String.valueOf(selection.getValue().getId()))));
            }
        });
    }

    private java.util.stream.Stream<Organisation> fetch(Query<Organisation, Void> query) {
        var pageRequest = VaadinSpringDataHelpers.toSpringPageRequest(query);
        if (pageRequest.getSort().isUnsorted()) {
            pageRequest = pageRequest.withSort(Sort.by("name"));
        }
        return organisations.list(filter, pageRequest).stream();
    }

    private void applyFilter(OrganisationFilter newFilter) {
        filter = activeOn == null && otherThanCities.isEmpty() ? newFilter
                : newFilter.activeOn(activeOn, otherThanCities);
        scope.setText(activeOn == null && otherThanCities.isEmpty() ? ""
                : (activeOn == null ? "" : getTranslation("members.scope.active-on", Formats.date(activeOn, getLocale())))
                        + (otherThanCities.isEmpty() ? "" : " " + getTranslation("members.scope.other-cities",
                                String.join(", ", otherThanCities))));
        scope.getParent().ifPresent(line -> line.setVisible(!scope.getText().isEmpty()));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("members.count", organisations.count(filter)));
    }

    private String nameWithJapanese(Organisation organisation) {
        var japanese = organisation.getNameJapanese();
        return japanese == null || japanese.isBlank() ? organisation.getName()
                : organisation.getName() + " · " + japanese;
    }

    private static String membership(Organisation organisation, java.util.function.Function<Membership, String> value) {
        var membership = organisation.getMembership();
        return membership == null ? "" : value.apply(membership);
    }

    /**
     * ?status=ACTIVE, ?kind=COMPANY and ?city=Lund open the list narrowed that way, as the dashboard's member figures
     * link to it; an unknown value is left out. ?activeOn=2025-12-31 (and ?otherThan=Lund&otherThan=Kobe) narrow it
     * to the members active on that day, as the dashboard counts a past period's.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("status").flatMap(value -> known(MembershipStatus.class, value))
                .ifPresent(filterBar.status::setValue);
        parameters.getSingleParameter("kind").flatMap(value -> known(OrganisationKind.class, value))
                .ifPresent(filterBar.kind::setValue);
        parameters.getSingleParameter("city").ifPresent(filterBar.city::setValue);
        activeOn = parameters.getSingleParameter("activeOn").flatMap(MemberListView::date).orElse(null);
        otherThanCities = parameters.getParameters().getOrDefault("otherThan", java.util.List.of());
        applyFilter(filterBar.filter());
    }

    private static java.util.Optional<java.time.LocalDate> date(String text) {
        try {
            return java.util.Optional.of(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> known(Class<E> type, String name) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    OrganisationFilterBar filterBar() {
        return filterBar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
