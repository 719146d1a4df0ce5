package org.kakehashi.delegations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.ContactPerson;

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
