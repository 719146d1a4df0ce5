package org.kakehashi.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.common.ui.HistoryDialog;
import org.kakehashi.common.ui.Pickers;
import org.kakehashi.members.DuesPayment;
import org.kakehashi.members.Membership;
import org.kakehashi.members.MembershipService;
import org.kakehashi.members.MembershipStatus;
import org.kakehashi.members.Organisation;
import org.springframework.dao.OptimisticLockingFailureException;

/** An organisation's membership: its type, dates and derived status, the payments, and what the secretary does. */
class MembershipPanel extends VerticalLayout {

    final Span summary = new Span();
    final Button join = new Button();
    final Button recordPayment = new Button();
    final Button resign = new Button();
    final Button history = new Button();
    final Grid<DuesPayment> payments = new Grid<>();

    private final MembershipService memberships;
    private final boolean canEdit;
    private final Clock clock;
    private final Runnable changed;
    private Organisation organisation;
    private Membership membership;

    /** {@code changed} runs after every change the panel makes, so that the page can show what follows from it. */
    MembershipPanel(MembershipService memberships, boolean canEdit, Clock clock, Runnable changed) {
        this.memberships = memberships;
        this.canEdit = canEdit;
        this.clock = clock;
        this.changed = changed;
        setPadding(false);
        summary.addClassName("membership-summary");
        join.setText(getTranslation("membership.join"));
        join.addClickListener(click -> openJoinDialog());
        recordPayment.setText(getTranslation("dues.record-payment"));
        recordPayment.addClickListener(click -> openPaymentDialog());
        resign.setText(getTranslation("membership.resign"));
        resign.addClickListener(click -> confirmResign());

        payments.addThemeVariants(GridVariant.LUMO_COMPACT);
        payments.setAllRowsVisible(true);
        payments.addColumn(DuesPayment::getPeriodYear).setHeader(getTranslation("dues.year"));
        payments.addColumn(payment -> Formats.money(payment.getAmount(), payment.getCurrency(), getLocale()))
                .setHeader(getTranslation("dues.amount"));
        payments.addColumn(payment -> Formats.date(payment.getPaidDate(), getLocale()))
                .setHeader(getTranslation("dues.paid-date"));
        payments.addColumn(DuesPayment::getReference).setHeader(getTranslation("dues.reference"));
        payments.setEmptyStateText(getTranslation("dues.no-payments"));
        history.setText(getTranslation("history.open"));
        history.setIcon(VaadinIcon.CLOCK.create());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> new HistoryDialog(getTranslation("membership.title") + " · "
                + organisation.getName(), MemberHistoryLabels.LABELS,
                pageable -> memberships.history(membership.getId(), pageable)).open());
        add(summary, new HorizontalLayout(join, recordPayment, resign, history), payments);
    }

    /** Shows the membership of a saved organisation; null hides it until the organisation is saved. */
    void show(Organisation shown) {
        organisation = shown;
        membership = shown == null ? null : memberships.membershipOf(shown.getId()).orElse(null);
        setVisible(shown != null);
        boolean member = membership != null;
        boolean ended = member && membership.getStatus() == MembershipStatus.RESIGNED;
        join.setVisible(canEdit && !member);
        recordPayment.setVisible(canEdit && member && !ended);
        resign.setVisible(canEdit && member && !ended);
        payments.setVisible(member);
        history.setVisible(member);
        if (!member) {
            summary.setText(getTranslation("membership.none"));
            return;
        }
        summary.setText(getTranslation("membership.summary", membership.getType().getName(),
                getTranslation(membership.getStatus().translationKey()),
                Formats.date(membership.getStartDate(), getLocale()),
                Formats.date(membership.getEndDate(), getLocale()),
                getTranslation(membership.getDuesStatus().translationKey())));
        payments.setItems(memberships.paymentsOf(membership.getId()));
    }

    private void openJoinDialog() {
        var dialog = new JoinDialog(memberships.types(), LocalDate.now(clock));
        dialog.onJoin((type, start, end) -> {
            dialog.close();
            try {
                memberships.join(organisation.getId(), type, start, end);
            } catch (OptimisticLockingFailureException conflict) {
                ConflictNotice.show(changed);
            }
            changed.run();
        });
        dialog.open();
    }

    private void openPaymentDialog() {
        var today = LocalDate.now(clock);
        var dialog = new RecordPaymentDialog(membership, today, memberships.dueDate(membership, today.getYear()));
        dialog.onRecord(payment -> {
            dialog.close();
            try {
                memberships.recordPayment(membership, payment);
            } catch (OptimisticLockingFailureException conflict) {
                ConflictNotice.show(changed);
            }
            changed.run();
        });
        dialog.open();
    }

    private void confirmResign() {
        var resignedOn = Pickers.date(getTranslation("membership.resigned-on"));
        resignedOn.setValue(LocalDate.now(clock));
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("membership.resign.title", organisation.getName()));
        confirm.add(new Paragraph(getTranslation("membership.resign.text")), resignedOn);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("membership.resign"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                memberships.resign(membership, resignedOn.getValue() == null ? LocalDate.now(clock)
                        : resignedOn.getValue());
            } catch (OptimisticLockingFailureException conflict) {
                ConflictNotice.show(changed);
            }
            changed.run();
        });
        confirm.open();
    }
}
