package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.stream.IntStream;
import org.kakehashi.dashboard.DashboardPeriod;

/** Chooses the year the dashboard shows: calendar or fiscal (April to March), this year or one of the last few. */
class PeriodPicker extends HorizontalLayout {

    final Select<DashboardPeriod.Kind> kind = new Select<>();
    final Select<Integer> year = new Select<>();

    PeriodPicker(DashboardPeriod initial, int currentYear, SerializableConsumer<DashboardPeriod> onChange) {
        addClassName("period-picker");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        kind.setLabel(getTranslation("dashboard.period"));
        kind.setItems(DashboardPeriod.Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation("dashboard.period." + value.name().toLowerCase()));
        kind.setValue(initial.kind());
        year.setLabel(getTranslation("dashboard.period.year"));
        year.setItems(IntStream.rangeClosed(currentYear - 5, currentYear).map(y -> 2 * currentYear - 5 - y).boxed()
                .toList());
        year.setValue(initial.year());
        year.setWidth("9em");
        kind.addValueChangeListener(change -> onChange.accept(value()));
        year.addValueChangeListener(change -> onChange.accept(value()));
        add(kind, year);
    }

    DashboardPeriod value() {
        return new DashboardPeriod(kind.getValue(), year.getValue());
    }
}
