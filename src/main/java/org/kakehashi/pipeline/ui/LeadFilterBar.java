package org.kakehashi.pipeline.ui;

import static org.kakehashi.common.SearchText.blankToNull;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.pipeline.InterestKind;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.NextActionDue;
import org.kakehashi.pipeline.SavedLeadFilter;
import org.kakehashi.security.UserRef;

/** The lead list's filters: search, stage, owner, sector, country, kind of interest and next action due. */
class LeadFilterBar extends Div {

    final TextField search = new TextField();
    final Select<LeadStage> stage = new Select<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final TextField sector = new TextField();
    final TextField country = new TextField();
    final Select<InterestKind> interestKind = new Select<>();
    final Select<NextActionDue> nextActionDue = new Select<>();
    final Button clear = new Button();

    private final List<UserRef> owners;
    private final Consumer<LeadFilter> onChange;
    private boolean applying;

    LeadFilterBar(List<UserRef> owners, Consumer<LeadFilter> onChange) {
        this.owners = owners;
        this.onChange = onChange;
        addClassName("lead-filter-bar");
        search.setLabel(getTranslation("pipeline.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        anyOf(stage, "pipeline.lead.stage", LeadStage.values(), "pipeline.stage.");
        owner.setLabel(getTranslation("pipeline.lead.owner"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
        sector.setLabel(getTranslation("pipeline.lead.sector"));
        sector.setValueChangeMode(ValueChangeMode.LAZY);
        sector.setClearButtonVisible(true);
        country.setLabel(getTranslation("pipeline.lead.country"));
        country.setValueChangeMode(ValueChangeMode.LAZY);
        country.setClearButtonVisible(true);
        anyOf(interestKind, "pipeline.lead.interest-kind", InterestKind.values(), "pipeline.interest.");
        anyOf(nextActionDue, "pipeline.filter.next-action", NextActionDue.values(), "pipeline.due.");
        clear.setText(getTranslation("pipeline.filter.clear"));
        clear.addClickListener(click -> set(LeadFilter.all()));

        add(search, stage, owner, sector, country, interestKind, nextActionDue, clear);
        List<HasValue<?, ?>> fields = List.of(search, stage, owner, sector, country, interestKind, nextActionDue);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!applying) {
                onChange.accept(value());
            }
        }));
    }

    LeadFilter value() {
        return new LeadFilter(blankToNull(search.getValue()), stage.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), blankToNull(sector.getValue()),
                blankToNull(country.getValue() == null ? null : country.getValue().strip().toUpperCase()),
                interestKind.getValue(), nextActionDue.getValue());
    }

    /** The filter to be saved, or null when a field is too long to be kept (then the field says so). */
    LeadFilter storableValue() {
        var filter = value();
        boolean storable = EntityConstraints.check(search, SavedLeadFilter.class, "search", filter.search())
                & EntityConstraints.check(sector, SavedLeadFilter.class, "sector", filter.sector())
                & EntityConstraints.check(country, SavedLeadFilter.class, "country", filter.country());
        return storable ? filter : null;
    }

    /** Shows a filter (a saved one, or none) and tells the list once. */
    void set(LeadFilter filter) {
        applying = true;
        try {
            search.setValue(filter.search() == null ? "" : filter.search());
            stage.setValue(filter.stage());
            owner.setValue(owners.stream().filter(user -> Long.valueOf(user.id()).equals(filter.ownerId())).findFirst()
                    .orElse(null));
            sector.setValue(filter.sector() == null ? "" : filter.sector());
            country.setValue(filter.country() == null ? "" : filter.country());
            interestKind.setValue(filter.interestKind());
            nextActionDue.setValue(filter.nextActionDue());
        } finally {
            applying = false;
        }
        onChange.accept(value());
    }

    /** A choice among an enum's values, or "any" for no filter on it. */
    private <E extends Enum<E>> void anyOf(Select<E> select, String labelKey, E[] values, String valueKeyPrefix) {
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? getTranslation("pipeline.filter.any")
                : getTranslation(valueKeyPrefix + value.name()));
    }
}
