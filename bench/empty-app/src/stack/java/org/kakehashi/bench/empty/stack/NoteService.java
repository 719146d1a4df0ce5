package org.kakehashi.bench.empty.stack;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service as the stack's are: transactions and method security. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NoteService {

    private final NoteRepository notes;

    NoteService(NoteRepository notes) {
        this.notes = notes;
    }

    public List<Note> all() {
        return notes.findAll();
    }

    @Transactional
    public Note save(Note note) {
        return notes.save(note);
    }
}
