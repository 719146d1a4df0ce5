package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.delegations.ProgrammeItem;

/**
 * A delegation's programme day by day: each item in its own local time and, beside it, in the home city's zone,
 * so a reception at 18:00 in Osaka reads 10:00 in Leipzig; items that overlap another are marked.
 */
class ProgrammeGrid extends Grid<ProgrammeItem> {

    private List<ProgrammeItem> programme = List.of();

    ProgrammeGrid(ZoneId homeZone) {
        addColumn(item -> Formats.dayHeading(item.getStart().toLocalDate(), getLocale()))
                .setHeader(getTranslation("programme.day")).setKey("day").setFlexGrow(2);
        addColumn(item -> Formats.timeRange(item.getZonedStart(), item.getZonedEnd(),
                item.getStart().toLocalDate(), getLocale()) + " " + Formats.zone(item.getZonedStart(), getLocale()))
                .setHeader(getTranslation("programme.local-time")).setKey("localTime").setFlexGrow(2);
        addColumn(item -> {
            var start = item.getZonedStart().withZoneSameInstant(homeZone);
            var end = item.getZonedEnd().withZoneSameInstant(homeZone);
            return Formats.timeRange(start, end, item.getStart().toLocalDate(), getLocale()) + " "
                    + Formats.zone(start, getLocale());
        }).setHeader(getTranslation("programme.home-time", homeZone.getId())).setKey("homeTime").setFlexGrow(2);
        addColumn(ProgrammeItem::getTitle).setHeader(getTranslation("programme.title")).setKey("title")
                .setFlexGrow(3);
        addColumn(item -> getTranslation("programme.kind." + item.getKind()))
                .setHeader(getTranslation("programme.kind"))
                .setKey("kind");
        addColumn(item -> join(item.getCity(), item.getVenue())).setHeader(getTranslation("programme.where"))
                .setKey("where").setFlexGrow(2);
        addComponentColumn(item -> {
            var marker = new Span(overlaps(item) ? getTranslation("programme.overlaps") : "");
            marker.getElement().getThemeList().add(overlaps(item) ? "badge error" : "");
            return marker;
        }).setHeader(getTranslation("programme.overlap")).setKey("overlap");
        setPartNameGenerator(item -> overlaps(item) ? "overlapping" : null);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    /** Shows the programme, already in the order it happens (a small list: one delegation's items). */
    void show(List<ProgrammeItem> programme) {
        this.programme = programme;
        setItems(programme);
    }

    boolean overlaps(ProgrammeItem item) {
        return programme.stream().anyMatch(other -> other != item && other.overlaps(item));
    }

    private static String join(String city, String venue) {
        if (city == null || city.isBlank()) {
            return venue == null ? "" : venue;
        }
        return venue == null || venue.isBlank() ? city : city + ", " + venue;
    }
}
