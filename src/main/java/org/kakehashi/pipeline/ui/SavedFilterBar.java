package org.kakehashi.pipeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.pipeline.LeadFilter;
import org.kakehashi.pipeline.SavedLeadFilter;
import org.kakehashi.pipeline.SavedLeadFilterService;

/** The user's own saved filters: choose one to apply it, or save the present filter under a name. */
class SavedFilterBar extends Div {

    final ComboBox<SavedLeadFilter> saved = new ComboBox<>();
    final TextField name = new TextField();
    final Button save = new Button();
    final Button delete = new Button();

    private final SavedLeadFilterService service;

    SavedFilterBar(SavedLeadFilterService service, Supplier<LeadFilter> present, Consumer<LeadFilter> apply) {
        this.service = service;
        addClassName("saved-filter-bar");
        saved.setLabel(getTranslation("pipeline.saved-filter.choose"));
        saved.setItemLabelGenerator(SavedLeadFilter::getName);
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(change -> {
            delete.setEnabled(change.getValue() != null);
            if (change.getValue() != null) {
                name.setValue(change.getValue().getName());
                apply.accept(change.getValue().getFilter());
            }
        });
        name.setLabel(getTranslation("pipeline.saved-filter.name"));
        save.setText(getTranslation("pipeline.saved-filter.save"));
        save.setIcon(VaadinIcon.BOOKMARK.create());
        save.addClickListener(click -> {
            var filter = present.get();
            if (!EntityConstraints.check(name, SavedLeadFilter.class, "name", name.getValue().strip())
                    || filter == null) {
                return;
            }
            var stored = service.save(name.getValue(), filter);
            reload();
            Notification.show(getTranslation("pipeline.saved-filter.saved", stored.getName()), 3000,
                    Notification.Position.BOTTOM_START);
        });
        delete.setText(getTranslation("pipeline.saved-filter.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(click -> {
            if (saved.getValue() != null) {
                service.delete(saved.getValue().getId());
                name.clear();
                reload();
            }
        });
        add(saved, name, save, delete);
        reload();
    }

    private void reload() {
        saved.setItems(service.own());
    }
}
