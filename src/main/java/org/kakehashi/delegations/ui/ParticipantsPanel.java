package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.kakehashi.common.SearchText;
import org.kakehashi.common.ui.EntityConstraints;
import org.kakehashi.delegations.Delegation;
import org.kakehashi.delegations.DelegationContactsService;
import org.kakehashi.delegations.Participant;
import org.kakehashi.delegations.ParticipantRole;

/** The people of a delegation: contacts of the register or named guests, each with a role. */
class ParticipantsPanel extends VerticalLayout {

    final Grid<Participant> grid = new Grid<>();
    final ContactPicker contact;
    final TextField guestName = new TextField();
    final Select<ParticipantRole> role = new Select<>();
    final Button add = new Button();

    private final DelegationContactsService delegations;
    private final Delegation delegation;

    ParticipantsPanel(Delegation delegation, DelegationContactsService delegations, boolean editable) {
        this.delegations = delegations;
        this.delegation = delegation;
        setPadding(false);
        grid.addColumn(Participant::getName).setHeader(getTranslation("participant.name")).setFlexGrow(2);
        grid.addColumn(participant -> participant.getContactRef() == null
                || participant.getContactRef().organisationName() == null ? ""
                : participant.getContactRef().organisationName())
                .setHeader(getTranslation("participant.organisation")).setFlexGrow(2);
        grid.addColumn(participant -> getTranslation("participant.role." + participant.getRole()))
                .setHeader(getTranslation("participant.role"));
        if (editable) {
            RemoveColumn.add(grid, delegations::deleteParticipant, this::refresh);
        }
        grid.setAllRowsVisible(true);

        contact = new ContactPicker(getTranslation("participant.contact"), delegations);
        guestName.setLabel(getTranslation("participant.guest-name"));
        role.setLabel(getTranslation("participant.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(value -> getTranslation("participant.role." + value));
        role.setValue(ParticipantRole.MEMBER);
        add.setText(getTranslation("participant.add"));
        add.addClickListener(click -> addParticipant());
        var adding = new HorizontalLayout(contact, guestName, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        adding.setVisible(editable);

        add(new H3(getTranslation("participant.title")), grid, adding);
        refresh();
    }

    private void addParticipant() {
        var name = contact.isEmpty() ? SearchText.blankToNull(guestName.getValue()) : null;
        if (contact.isEmpty() && name == null) {
            guestName.setErrorMessage(getTranslation("participant.someone"));
            guestName.setInvalid(true);
            return;
        }
        if (!EntityConstraints.check(guestName, Participant.class, "guestName", name)) {
            return;
        }
        var participant = new Participant(delegation);
        participant.setContactRef(contact.getValue());
        participant.setGuestName(name);
        participant.setRole(role.getValue());
        delegations.saveParticipant(participant);
        contact.clear();
        guestName.clear();
        guestName.setInvalid(false);
        refresh();
    }

    private void refresh() {
        grid.setItems(delegations.participants(delegation.getId()));
    }
}
