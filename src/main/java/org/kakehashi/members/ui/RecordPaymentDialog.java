package org.kakehashi.members.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.common.ui.RequiredFields;
import org.kakehashi.members.DuesPayment;
import org.kakehashi.members.Membership;

/** Records a payment of dues, prefilled with this year's fee in the type's currency and today's date. */
class RecordPaymentDialog extends Dialog {

    final IntegerField periodYear = new IntegerField();
    final BigDecimalField amount = new BigDecimalField();
    final TextField currency = new TextField();
    final DatePicker paidDate = Pickers.date();
    final TextField reference = new TextField();
    final Button record = new Button();

    private final BeanValidationBinder<DuesPayment> binder = RequiredFields.binder(DuesPayment.class);
    private final DuesPayment payment = new DuesPayment();
    private Consumer<DuesPayment> listener = payment -> { };

    RecordPaymentDialog(Membership membership, LocalDate today, LocalDate dueDate) {
        setHeaderTitle(getTranslation("dues.record-payment.title", membership.getOrganisation().getName()));
        periodYear.setLabel(getTranslation("dues.year"));
        periodYear.setStepButtonsVisible(true);
        amount.setLabel(getTranslation("dues.amount"));
        currency.setLabel(getTranslation("dues.currency"));
        paidDate.setLabel(getTranslation("dues.paid-date"));
        reference.setLabel(getTranslation("dues.reference"));
        reference.setPlaceholder(getTranslation("dues.reference.placeholder"));
        add(new FormLayout(periodYear, amount, currency, paidDate, reference));

        binder.forField(paidDate).asRequired(getTranslation("validation.required"))
                .withValidator(date -> !date.isAfter(today), getTranslation("dues.paid-date.future"))
                .bind("paidDate");
        binder.bindInstanceFields(this);
        var type = membership.getType();
        payment.setPeriodYear(today.getYear());
        payment.setAmount(type.getAnnualFee());
        payment.setCurrency(type.getCurrency());
        payment.setPaidDate(today);
        payment.setDueDate(dueDate);
        binder.readBean(payment);

        record.setText(getTranslation("dues.record-payment"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickShortcut(Key.ENTER);
        record.addClickListener(click -> {
            if (binder.writeBeanIfValid(payment)) {
                listener.accept(payment);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), record);
    }

    void onRecord(Consumer<DuesPayment> recordListener) {
        listener = recordListener;
    }
}
