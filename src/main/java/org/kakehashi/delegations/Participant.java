package org.kakehashi.delegations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactRef;

/** A person in a delegation: a contact of the register, or a guest known only by name. */
@Entity
@Audited(parent = "delegation")
@Table(name = "delegation_participant")
public class Participant extends AbstractEntity {

    public static final int GUEST_NAME_MAX = 200;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Delegation delegation;

    @ManyToOne(fetch = FetchType.LAZY)
    private ContactPerson contact;

    /** The contact as chosen in a view; the service sets the association from it when it saves. */
    @Transient
    private ContactRef chosenContact;

    @Size(max = GUEST_NAME_MAX, message = "{validation.too-long}")
    private String guestName;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private ParticipantRole role = ParticipantRole.MEMBER;

    protected Participant() {
    }

    public Participant(Delegation delegation) {
        this.delegation = delegation;
    }

    @AssertTrue(message = "{participant.someone}")
    boolean isSomeone() {
        return contact != null || (guestName != null && !guestName.isBlank());
    }

    /** The contact's name, or the guest's. */
    public String getName() {
        return contact != null ? contact.getFullName() : guestName;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public ContactPerson getContact() {
        return contact;
    }

    public void setContact(ContactPerson contact) {
        this.contact = contact;
    }

    /** The contact as views show and choose them; null for a guest. */
    public ContactRef getContactRef() {
        return chosenContact != null ? chosenContact : ContactRef.of(contact);
    }

    public void setContactRef(ContactRef contact) {
        chosenContact = contact;
        if (contact == null) {
            this.contact = null;
        }
    }

    ContactRef chosenContact() {
        return chosenContact;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }
}
