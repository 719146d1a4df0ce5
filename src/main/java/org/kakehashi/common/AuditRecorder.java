package org.kakehashi.common;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.OneToOneType;
import org.hibernate.type.Type;
import org.kakehashi.common.AuditEntry.Action;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the audit history of the {@link Audited} entities as Hibernate flushes them: one row per field that was
 * set (create), changed (update) or held (delete), with who and when, in the same transaction as the change itself,
 * so a change is never kept without its history nor the other way round.
 */
@Component
class AuditRecorder implements WriteListener {

    static final int VALUE_MAX = 4000;
    /** Kept by the base entity or derived from other fields: no one's change. */
    private static final Set<String> NOT_AUDITED = Set.of("version", "createdAt", "createdBy", "modifiedAt",
            "modifiedBy", "searchText");
    private static final String INSERT = """
            insert into audit_entry (entity_type, entity_id, parent_type, parent_id, action, changed_at, changed_by,
                field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Clock clock;

    AuditRecorder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Action.CREATE, null,
                event.getState(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Action.UPDATE,
                event.getOldState(), event.getState(), event.getDirtyProperties());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getPersister(), event.getEntity(), event.getId(), Action.DELETE,
                event.getDeletedState(), null, null);
    }


    private record Row(String field, String oldValue, String newValue) {
    }

    private void record(SharedSessionContractImplementor session, EntityPersister persister, Object entity, Object id, Action action,
            Object[] oldState, Object[] newState, int[] dirty) {
        var audited = persister.getMappedClass().getAnnotation(Audited.class);
        if (audited == null) {
            return;
        }
        var names = persister.getPropertyNames();
        var types = persister.getPropertyTypes();
        var rows = new ArrayList<Row>();
        for (int i = 0; i < names.length; i++) {
            // The parent is named by the row itself; only a move to another parent is a change of its own
            var parentUnchanged = names[i].equals(audited.parent()) && action != Action.UPDATE;
            if (NOT_AUDITED.contains(names[i]) || parentUnchanged || !recorded(types[i])
                    || (dirty != null && !contains(dirty, i))) {
                continue;
            }
            var before = oldState == null ? null : oldState[i];
            var after = newState == null ? null : newState[i];
            if (types[i] instanceof ComponentType embedded) {
                addEmbedded(rows, names[i], embedded, before, after);
            } else {
                add(rows, names[i], before, after);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String parentType = null;
        Long parentId = null;
        if (!audited.parent().isEmpty()) {
            var index = persister.getPropertyIndex(audited.parent());
            var parent = (newState != null ? newState : oldState)[index];
            parentType = simpleName(((EntityType) types[index]).getAssociatedEntityName());
            parentId = idOf(parent);
        }
        write(session, persister.getMappedClass().getSimpleName(), (Long) id, parentType, parentId, action, rows);
    }

    private static void add(List<Row> rows, String field, Object before, Object after) {
        var oldText = text(before);
        var newText = text(after);
        if (!Objects.equals(oldText, newText)) {
            rows.add(new Row(field, oldText, newText));
        }
    }

    /** An embedded group of fields (a lead's investment) one by one, each named by its path: "investment.amount". */
    private static void addEmbedded(List<Row> rows, String name, ComponentType embedded, Object before,
            Object after) {
        var names = embedded.getPropertyNames();
        var oldValues = before == null ? new Object[names.length] : embedded.getPropertyValues(before);
        var newValues = after == null ? new Object[names.length] : embedded.getPropertyValues(after);
        for (int i = 0; i < names.length; i++) {
            if (recorded(embedded.getSubtypes()[i])) {
                add(rows, name + "." + names[i], oldValues[i], newValues[i]);
            }
        }
    }

    private void write(SharedSessionContractImplementor session, String type, long id, String parentType, Long parentId, Action action,
            List<Row> rows) {
        var at = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        var by = currentUsername();
        // Straight on the transaction's connection: a query through the session here would flush it again
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement(INSERT)) {
                for (var row : rows) {
                    insert.setString(1, type);
                    insert.setLong(2, id);
                    insert.setString(3, parentType);
                    if (parentId == null) {
                        insert.setNull(4, Types.BIGINT);
                    } else {
                        insert.setLong(4, parentId);
                    }
                    insert.setString(5, action.name());
                    insert.setObject(6, at);
                    insert.setString(7, by);
                    insert.setString(8, row.field());
                    insert.setString(9, row.oldValue());
                    insert.setString(10, row.newValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    static String currentUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return authentication.getName();
    }

    /** Plain fields and relations to one other entity; collections and the inverse side of a relation are not. */
    private static boolean recorded(Type type) {
        return !type.isCollectionType() && !(type instanceof OneToOneType);
    }

    private static boolean contains(int[] indexes, int index) {
        for (int candidate : indexes) {
            if (candidate == index) {
                return true;
            }
        }
        return false;
    }

    static String text(Object value) {
        String text = switch (value) {
            case null -> null;
            case Enum<?> constant -> constant.name();
            case BigDecimal amount -> amount.stripTrailingZeros().toPlainString();
            case Collection<?> values -> String.join(", ", values.stream().map(String::valueOf).sorted().toList());
            case AbstractEntity related -> label(related);
            default -> value.toString();
        };
        return text == null || text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX - 1) + "…";
    }

    /** A related entity by its label (its name), loading it if need be; by its id when it has no label. */
    private static String label(Object related) {
        var entity = Hibernate.unproxy(related);
        return entity instanceof AuditLabel labelled ? labelled.auditLabel() : reference(idOf(entity));
    }

    /** How a related entity without a label is named in the history. */
    static String reference(Long id) {
        return "#" + id;
    }

    private static Long idOf(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return ((AbstractEntity) entity).getId();
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
