package org.kakehashi.members.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.kakehashi.members.MembershipStatus;
import org.kakehashi.members.MembershipType;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationKind;

/** The search field and filters above the organisation list. */
class OrganisationFilterBar extends HorizontalLayout {

    final TextField search = new TextField();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final ComboBox<String> city = new ComboBox<>();
    final ComboBox<MembershipType> membershipType = new ComboBox<>();
    final ComboBox<MembershipStatus> status = new ComboBox<>();
    final Checkbox includeArchived = new Checkbox();

    OrganisationFilterBar(List<String> cities, List<MembershipType> types, Consumer<OrganisationFilter> onChange) {
        addClassName("filter-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        search.setPlaceholder(getTranslation("members.search.placeholder"));
        search.setAriaLabel(getTranslation("members.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16rem");

        kind.setPlaceholder(getTranslation("organisation.kind"));
        kind.setAriaLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));

        city.setPlaceholder(getTranslation("organisation.city"));
        city.setAriaLabel(getTranslation("organisation.city"));
        city.setItems(cities);

        membershipType.setPlaceholder(getTranslation("membership.type"));
        membershipType.setAriaLabel(getTranslation("membership.type"));
        membershipType.setItems(types);
        membershipType.setItemLabelGenerator(MembershipType::getName);

        status.setPlaceholder(getTranslation("membership.status"));
        status.setAriaLabel(getTranslation("membership.status"));
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(value -> getTranslation(value.translationKey()));

        includeArchived.setLabel(getTranslation("members.include-archived"));

        for (var field : List.of(kind, city, membershipType, status)) {
            field.setClearButtonVisible(true);
        }
        search.addValueChangeListener(change -> onChange.accept(filter()));
        kind.addValueChangeListener(change -> onChange.accept(filter()));
        city.addValueChangeListener(change -> onChange.accept(filter()));
        membershipType.addValueChangeListener(change -> onChange.accept(filter()));
        status.addValueChangeListener(change -> onChange.accept(filter()));
        includeArchived.addValueChangeListener(change -> onChange.accept(filter()));
        add(search, kind, city, membershipType, status, includeArchived);
    }

    OrganisationFilter filter() {
        var type = membershipType.getValue();
        return new OrganisationFilter(search.getValue(), kind.getValue(), city.getValue(),
                type == null ? null : type.getId(), status.getValue(), includeArchived.getValue());
    }
}
