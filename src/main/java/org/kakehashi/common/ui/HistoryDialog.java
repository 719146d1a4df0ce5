package org.kakehashi.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.function.Function;
import org.kakehashi.common.AuditEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The audit history of one record, newest first, paged from the database as the user scrolls: when, who, what was
 * done, and each field from what to what, in the user's language.
 */
public class HistoryDialog extends Dialog {

    final Grid<AuditEntry> grid = new Grid<>();

    public HistoryDialog(String recordName, HistoryLabels labels, Function<Pageable, Page<AuditEntry>> history) {
        setHeaderTitle(getTranslation("history.title", recordName));
        setWidth("min(64rem, 100%)");
        setHeight("min(40rem, 100%)");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> Formats.dateTime(entry.changedAt(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("history.action." + entry.action(),
                        getTranslation("history.entity." + entry.entityType())))
                .setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> labels.field(entry, this)).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        // Long values (notes) are cut in the cell and read whole in the tooltip
        grid.addColumn(entry -> labels.value(entry, entry.oldValue(), this)).setHeader(getTranslation("history.from"))
                .setTooltipGenerator(entry -> labels.value(entry, entry.oldValue(), this)).setFlexGrow(1);
        grid.addColumn(entry -> labels.value(entry, entry.newValue(), this)).setHeader(getTranslation("history.to"))
                .setTooltipGenerator(entry -> labels.value(entry, entry.newValue(), this)).setFlexGrow(1);
        grid.setItems(query -> history.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.setSizeFull();
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
