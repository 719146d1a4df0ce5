package org.kakehashi.common;

import java.time.Instant;

/** One changed field of one create, change or delete, as the audit history keeps it. Values are text. */
public record AuditEntry(long id, String entityType, long entityId, Action action, Instant changedAt,
        String changedBy, String field, String oldValue, String newValue) {

    public enum Action {
        CREATE, UPDATE, DELETE
    }
}
