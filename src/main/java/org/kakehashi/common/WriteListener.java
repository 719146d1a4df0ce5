package org.kakehashi.common;

import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A bean told of every row Hibernate inserts, updates or deletes, inside the flush that writes it. Such beans are
 * joined to Hibernate as its session factory is built ({@link WriteListeners}); they must not need the database
 * to be created.
 */
public interface WriteListener extends PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    @Override
    default boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
