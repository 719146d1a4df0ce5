package org.kakehashi.members.ui;

import org.kakehashi.common.ui.ConflictNotice;
import org.kakehashi.members.ContactPerson;
import org.kakehashi.members.ContactService;
import org.kakehashi.members.PrivacyService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opens a contact's dialog and carries out what is done in it: save, delete, history, export and erasure. When
 * someone else saved the contact first, the user is told and can open it again as it now is.
 */
record ContactEditor(ContactService contacts, PrivacyService privacy, boolean canEdit, Encounters encounters) {

    /** Opens the dialog; {@code changed} runs after the contact was saved, deleted or erased. */
    ContactDialog open(ContactPerson contact, Runnable changed) {
        var dialog = new ContactDialog(contact, canEdit, encounters.of(contact));
        dialog.onSave(edited -> act(dialog, edited, () -> contacts.save(edited), changed));
        dialog.onDelete(deleted -> act(dialog, deleted, () -> contacts.delete(deleted), changed));
        if (!contact.isNew()) {
            dialog.offerHistory(pageable -> contacts.history(contact.getId(), pageable));
            if (canEdit) {
                dialog.offerPrivacy(privacy, () -> {
                    dialog.close();
                    changed.run();
                });
            }
        }
        dialog.open();
        return dialog;
    }

    private void act(ContactDialog dialog, ContactPerson contact, Runnable action, Runnable changed) {
        try {
            action.run();
            dialog.close();
            changed.run();
        } catch (OptimisticLockingFailureException conflict) {
            dialog.close();
            changed.run();
            ConflictNotice.show(() -> contacts.get(contact.getId()).ifPresent(fresh -> open(fresh, changed)));
        }
    }
}
