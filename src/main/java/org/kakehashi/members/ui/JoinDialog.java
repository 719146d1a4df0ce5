package org.kakehashi.members.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.members.MembershipType;

/** Makes an organisation a member: the type and the first period, a year from today unless changed. */
class JoinDialog extends Dialog {

    interface JoinListener {
        void join(MembershipType type, LocalDate start, LocalDate end);
    }

    final ComboBox<MembershipType> type = new ComboBox<>();
    final DatePicker start = Pickers.date();
    final DatePicker end = Pickers.date();
    final Button confirm = new Button();
    final Paragraph noTypes = new Paragraph();

    private final Binder<JoinDialog> binder = new Binder<>();
    private JoinListener listener = (type, start, end) -> { };

    JoinDialog(List<MembershipType> types, LocalDate today) {
        setHeaderTitle(getTranslation("membership.join"));
        type.setLabel(getTranslation("membership.type"));
        type.setItems(types);
        type.setItemLabelGenerator(value -> value.getName() + " · "
                + Formats.money(value.getAnnualFee(), value.getCurrency(), getLocale()));
        start.setLabel(getTranslation("membership.start-date"));
        end.setLabel(getTranslation("membership.end-date"));
        start.setValue(today);
        end.setValue(today.plusYears(1).minusDays(1));
        start.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                end.setValue(change.getValue().plusYears(1).minusDays(1));
            }
        });
        binder.forField(type).asRequired(getTranslation("validation.required"))
                .bind(dialog -> null, (dialog, value) -> { });
        binder.forField(start).asRequired(getTranslation("validation.required"))
                .bind(dialog -> today, (dialog, value) -> { });
        binder.forField(end).asRequired(getTranslation("validation.required"))
                .withValidator(value -> start.getValue() == null || !value.isBefore(start.getValue()),
                        getTranslation("membership.end-before-start"))
                .bind(dialog -> today.plusYears(1).minusDays(1), (dialog, value) -> { });
        add(new FormLayout(type, start, end));
        if (types.isEmpty()) {
            // Nobody can join before the association has a membership type: say where to add one
            noTypes.add(new Text(getTranslation("membership.no-types") + " "),
                    new RouterLink(getTranslation("membership.no-types.link"), MembershipTypesView.class));
            add(noTypes);
        }

        confirm.setText(getTranslation("membership.join"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (binder.validate().isOk()) {
                listener.join(type.getValue(), start.getValue(), end.getValue());
            }
        });
        confirm.setEnabled(!types.isEmpty());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    void onJoin(JoinListener joinListener) {
        listener = joinListener;
    }
}
