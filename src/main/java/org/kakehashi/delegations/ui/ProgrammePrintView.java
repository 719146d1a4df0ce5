package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationService;
import org.kakehashi.delegations.ProgrammeItem;
import org.kakehashi.security.Roles;

/**
 * The programme on paper, for the people who travel: one section per day, each item in its local time and in the
 * home time, without the application's frame around it.
 */
@Route(value = ProgrammePrintView.PATH, autoLayout = false)
@StyleSheet("styles/delegations.css")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class ProgrammePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "delegations/:" + DelegationView.ID + "/print";

    final Button print = new Button();
    private final DelegationService delegations;
    private String title = "";

    public ProgrammePrintView(DelegationService delegations) {
        this.delegations = delegations;
        addClassName("programme-print");
        print.setText(getTranslation("print.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addClassName("print-hidden");
        print.addClickListener(click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().get(DelegationView.ID).orElse("");
        Optional<Delegation> found = id.matches("\\d{1,18}") ? delegations.get(Long.parseLong(id)) : Optional.empty();
        found.ifPresentOrElse(delegation -> show(delegation, delegations.programme(delegation.getId())),
                () -> add(new H1(getTranslation("delegation.not-found"))));
    }

    private void show(Delegation delegation, List<ProgrammeItem> programme) {
        title = delegation.getTitle();
        var locale = getLocale();
        add(print, new H1(delegation.getTitle()), new Paragraph(Formats.date(delegation.getStartDate(), locale)
                + " – " + Formats.date(delegation.getEndDate(), locale) + " · "
                + getTranslation("print.home-time", delegation.getHomeZoneId())));
        var days = new LinkedHashMap<LocalDate, List<ProgrammeItem>>();
        programme.forEach(item -> days.computeIfAbsent(item.getStart().toLocalDate(), day -> new ArrayList<>())
                .add(item));
        days.forEach((day, items) -> {
            var section = new Div(new H2(Formats.dayHeading(day, locale)));
            section.addClassName("print-day");
            for (var item : items) {
                var home = delegation.getHomeZone();
                var local = new Span(Formats.timeRange(item.getZonedStart(), item.getZonedEnd(), day, locale) + " "
                        + Formats.zone(item.getZonedStart(), locale));
                local.addClassName("print-local");
                var atHome = new Span(Formats.timeRange(item.getZonedStart().withZoneSameInstant(home),
                        item.getZonedEnd().withZoneSameInstant(home), day, locale) + " "
                        + Formats.zone(item.getZonedStart().withZoneSameInstant(home), locale));
                atHome.addClassName("print-home");
                var what = new Span(item.getTitle() + where(item));
                what.addClassName("print-what");
                var row = new Div(local, atHome, what);
                row.addClassName("print-item");
                section.add(row);
            }
            add(section);
        });
        if (programme.isEmpty()) {
            add(new Paragraph(getTranslation("print.empty")));
        }
    }

    private static String where(ProgrammeItem item) {
        var parts = Stream.of(item.getCity(), item.getVenue())
                .filter(part -> part != null && !part.isBlank()).toList();
        return parts.isEmpty() ? "" : " — " + String.join(", ", parts);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
