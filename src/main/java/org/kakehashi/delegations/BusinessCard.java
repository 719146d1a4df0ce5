package org.kakehashi.delegations;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactRef;

/** A business card (meishi) exchanged at a programme item: where and when come from the item. */
@Entity
@Audited(parent = "programmeItem")
public class BusinessCard extends AbstractEntity {

    public static final int NOTES_MAX = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ProgrammeItem programmeItem;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ContactPerson contact;

    @Size(max = NOTES_MAX, message = "{validation.too-long}")
    private String notes;

    protected BusinessCard() {
    }

    public BusinessCard(ProgrammeItem programmeItem, ContactPerson contact) {
        this.programmeItem = programmeItem;
        this.contact = contact;
    }

    /** Stores what the form leaves empty as nothing. */
    @PrePersist
    @PreUpdate
    void normaliseBlanks() {
        notes = blankToNull(notes);
    }

    public ProgrammeItem getProgrammeItem() {
        return programmeItem;
    }

    public ContactPerson getContact() {
        return contact;
    }

    /** The contact as views show them. */
    public ContactRef getContactRef() {
        return ContactRef.of(contact);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
