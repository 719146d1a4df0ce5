package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead-list filters each user keeps under names of their own; nobody sees another's. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class SavedLeadFilterService {

    private final SavedLeadFilterRepository filters;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    SavedLeadFilterService(SavedLeadFilterRepository filters, CurrentUser currentUser, EntityManager entityManager) {
        this.filters = filters;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    /** The logged-in user's saved filters, by name. */
    public List<SavedLeadFilter> own() {
        return filters.findOwn(userId());
    }

    /** Saves the filter under the name; a filter of the same name is replaced. */
    @Transactional
    public SavedLeadFilter save(String name, LeadFilter filter) {
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > SavedLeadFilter.NAME_MAX) {
            throw new IllegalArgumentException("A saved filter needs a name of 1 to " + SavedLeadFilter.NAME_MAX
                    + " characters");
        }
        var existing = filters.findOwn(userId(), trimmed);
        if (existing.isPresent()) {
            existing.get().setFilter(filter);
            return existing.get();
        }
        return filters.save(new SavedLeadFilter(entityManager.getReference(AppUser.class, userId()), trimmed, filter));
    }

    /** Deletes one of the logged-in user's saved filters; another user's is left alone. */
    @Transactional
    public void delete(long id) {
        filters.findOwn(userId()).stream()
                .filter(filter -> filter.getId() == id)
                .findFirst()
                .ifPresent(filters::delete);
    }

    private long userId() {
        return currentUser.require().userId();
    }
}
