package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/** A last column with a button that removes the row's item, for the small lists of a delegation. */
final class RemoveColumn {

    private RemoveColumn() {
    }

    static <T> void add(Grid<T> grid, Consumer<T> remove, Runnable refresh) {
        grid.addComponentColumn(item -> {
            var button = new Button(VaadinIcon.TRASH.create(), click -> {
                remove.accept(item);
                refresh.run();
            });
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            button.setAriaLabel(grid.getTranslation("delegations.delete"));
            return button;
        }).setFlexGrow(0).setKey("remove");
    }
}
