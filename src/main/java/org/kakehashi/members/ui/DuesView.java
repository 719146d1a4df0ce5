package org.kakehashi.members.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.members.DuesLine;
import org.kakehashi.members.Membership;
import org.kakehashi.members.MembershipService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;

/** The secretary's dues work: this year's dues per member, the renewals coming up, the dues unpaid. */
@Route(DuesView.PATH)
@Menu(title = "nav.dues", order = 21, icon = "vaadin:money")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class DuesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "members/dues";
    public static final int RENEWAL_WINDOW_DAYS = 60;
    static final String UNPAID = "unpaid";
    static final String RENEWALS = "renewals";

    final Grid<DuesLine> duesOfYear = new Grid<>();
    final Grid<Membership> renewalsDue = new Grid<>();
    final Grid<Membership> duesUnpaid = new Grid<>();
    final Span totals = new Span();
    final TabSheet tabs = new TabSheet();
    private final MembershipService memberships;
    private final com.vaadin.flow.component.tabs.Tab yearTab;
    private int year;

    public DuesView(MembershipService memberships, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        this.memberships = memberships;
        year = LocalDate.now(clock).getYear();

        duesOfYear.addColumn(DuesLine::organisationName).setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        duesOfYear.addColumn(DuesLine::membershipType).setHeader(getTranslation("membership.type"));
        duesOfYear.addColumn(line -> Formats.money(line.expected(), line.currency(), getLocale()))
                .setHeader(getTranslation("dues.expected"));
        duesOfYear.addColumn(line -> Formats.money(line.paid(), line.currency(), getLocale()))
                .setHeader(getTranslation("dues.paid"));
        duesOfYear.addColumn(line -> Formats.money(line.outstanding(), line.currency(), getLocale()))
                .setHeader(getTranslation("dues.outstanding"));
        duesOfYear.addColumn(line -> getTranslation(line.duesStatus().translationKey()))
                .setHeader(getTranslation("dues.status"));
        duesOfYear.setItems(query -> memberships.duesOfYear(year,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        duesOfYear.setEmptyStateText(getTranslation("dues.empty.year"));
        duesOfYear.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                open(selected.getValue().organisationId());
            }
        });
        showTotals();
        totals.addClassName("dues-totals");

        configureMembershipGrid(renewalsDue, "dues.empty.renewals");
        renewalsDue.setItems(query -> memberships.renewalsDue(RENEWAL_WINDOW_DAYS,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        configureMembershipGrid(duesUnpaid, "dues.empty.unpaid");
        duesUnpaid.setItems(query -> memberships.duesUnpaid(
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        var yearContent = new VerticalLayout(totals, duesOfYear);
        yearContent.setPadding(false);
        yearContent.setSizeFull();
        yearTab = tabs.add(getTranslation("dues.tab.year", year), yearContent);
        tabs.add(getTranslation("dues.tab.renewals", RENEWAL_WINDOW_DAYS), renewalsDue);
        tabs.add(getTranslation("dues.tab.unpaid"), duesUnpaid);
        tabs.setSizeFull();
        var header = new ViewHeader(getTranslation("dues.title"),
                new RouterLink(getTranslation("members.types-link"), MembershipTypesView.class));
        if (currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.ADMIN)) {
            header.add(new RouterLink(getTranslation("members.reminders-link"), ReminderOutboxView.class));
        }
        add(header, tabs);
    }

    private void configureMembershipGrid(Grid<Membership> grid, String emptyKey) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(membership -> membership.getOrganisation().getName())
                .setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        grid.addColumn(membership -> membership.getType().getName()).setHeader(getTranslation("membership.type"));
        grid.addColumn(membership -> Formats.date(membership.getEndDate(), getLocale()))
                .setHeader(getTranslation("membership.end-date"));
        grid.addColumn(membership -> getTranslation(membership.getStatus().translationKey()))
                .setHeader(getTranslation("membership.status"));
        grid.addColumn(membership -> getTranslation(membership.getDuesStatus().translationKey()))
                .setHeader(getTranslation("dues.status"));
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                open(selected.getValue().getOrganisation().getId());
            }
        });
    }

    private void showTotals() {
        totals.setText(memberships.duesTotals(year).stream()
                .map(total -> getTranslation("dues.total", total.currency(),
                        Formats.money(total.expected(), total.currency(), getLocale()),
                        Formats.money(total.paid(), total.currency(), getLocale())))
                .collect(Collectors.joining(" · ")));
    }

    /**
     * ?list=renewals or ?list=unpaid opens that list directly, and ?year=2025 the dues of that year, as the
     * dashboard's figures link to them.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("year").filter(text -> text.matches("\\d{4}")).map(Integer::valueOf)
                .ifPresent(chosen -> {
                    year = chosen;
                    yearTab.setLabel(getTranslation("dues.tab.year", year));
                    showTotals();
                    duesOfYear.getDataProvider().refreshAll();
                });
        var list = parameters.getSingleParameter("list").orElse("");
        tabs.setSelectedIndex(switch (list) {
            case RENEWALS -> 1;
            case UNPAID -> 2;
            default -> 0;
        });
    }

    private void open(long organisationId) {
        getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                new RouteParameters(OrganisationView.ID, String.valueOf(organisationId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dues.title");
    }
}
