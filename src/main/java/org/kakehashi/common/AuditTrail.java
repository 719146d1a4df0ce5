package org.kakehashi.common;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.kakehashi.common.AuditEntry.Action;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit history that {@link AuditRecorder} writes. It checks no roles itself: each feature's service
 * offers the history of its records with the same access as the records, and calls this.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

    private static final String COLUMNS = """
            select id, entity_type, entity_id, action, changed_at, changed_by, field, old_value, new_value
            from audit_entry""";
    private static final String OF_RECORD = " where (entity_type = :type and entity_id = :id)"
            + " or (parent_type = :type and parent_id = :id)";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps one field's change of a record that is not {@link Audited} field by field, by the signed-in user now: for
     * what is done to a record rather than typed into it (an account's roles, its password reset).
     */
    public void record(Class<?> type, long id, Action action, String field, String oldValue, String newValue) {
        jdbc.sql("""
                insert into audit_entry (entity_type, entity_id, action, changed_at, changed_by, field, old_value,
                    new_value) values (:type, :id, :action, :at, :by, :field, :old, :new)""")
                .param("type", type.getSimpleName())
                .param("id", id)
                .param("action", action.name())
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", AuditRecorder.currentUsername())
                .param("field", field)
                .param("old", AuditRecorder.text(oldValue))
                .param("new", AuditRecorder.text(newValue))
                .update();
    }

    /** The history of one record and of the records that belong to it, newest first. */
    public Page<AuditEntry> of(Class<?> type, long id, Pageable pageable) {
        var entries = jdbc.sql(COLUMNS + OF_RECORD + " order by id desc limit :limit offset :offset")
                .param("type", type.getSimpleName())
                .param("id", id)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((row, number) -> new AuditEntry(row.getLong("id"), row.getString("entity_type"),
                        row.getLong("entity_id"), Action.valueOf(row.getString("action")),
                        row.getObject("changed_at", OffsetDateTime.class).toInstant(), row.getString("changed_by"),
                        row.getString("field"), row.getString("old_value"), row.getString("new_value")))
                .list();
        var total = jdbc.sql("select count(*) from audit_entry" + OF_RECORD)
                .param("type", type.getSimpleName())
                .param("id", id)
                .query(Long.class).single();
        return new PageImpl<>(entries, pageable, total);
    }

    /** The whole history of one record, oldest first: for an export of what is held on a person. */
    public List<AuditEntry> all(Class<?> type, long id) {
        return of(type, id, Pageable.ofSize(10_000)).getContent().reversed();
    }

    /**
     * Removes the values of these fields from the history of every record of a type that was ever related (by the
     * named relation) to one entity without an {@link AuditLabel}, deleted records too: the notes of every business
     * card exchanged with a person who is erased. Who changed them and when is kept.
     */
    public void eraseOfRecordsRelatedTo(Class<?> type, String relation, long relatedId, Collection<String> fields) {
        jdbc.sql("""
                update audit_entry set old_value = null, new_value = null
                where entity_type = :type and field in (:fields) and entity_id in (
                    select related.entity_id from audit_entry related
                    where related.entity_type = :type and related.field = :relation
                    and (related.old_value = :reference or related.new_value = :reference))""")
                .param("type", type.getSimpleName())
                .param("fields", List.copyOf(fields))
                .param("relation", relation)
                .param("reference", AuditRecorder.reference(relatedId))
                .update();
    }

    /** Removes the values of these fields from a record's history, keeping who changed them and when. */
    public void erase(Class<?> type, long id, Collection<String> fields) {
        jdbc.sql("""
                update audit_entry set old_value = null, new_value = null
                where entity_type = :type and entity_id = :id and field in (:fields)""")
                .param("type", type.getSimpleName())
                .param("id", id)
                .param("fields", List.copyOf(fields))
                .update();
    }
}
