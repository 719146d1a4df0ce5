package org.kakehashi.common.ui;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;
import org.kakehashi.common.AuditEntry;

/**
 * How a feature's audited fields read in the history dialog: each field's label key, and for a field holding an
 * enum constant the key prefix of its values. A field without a label shows under its own name.
 */
public final class HistoryLabels {

    private final Map<String, String> labelKeys = new HashMap<>();
    private final Map<String, String> valuePrefixes = new HashMap<>();

    public HistoryLabels field(Class<?> type, String field, String labelKey) {
        labelKeys.put(type.getSimpleName() + "." + field, labelKey);
        return this;
    }

    /** A field of constants, each shown as the text under {@code valuePrefix + constant}. */
    public HistoryLabels field(Class<?> type, String field, String labelKey, String valuePrefix) {
        valuePrefixes.put(type.getSimpleName() + "." + field, valuePrefix);
        return field(type, field, labelKey);
    }

    String field(AuditEntry entry, Component translator) {
        var key = labelKeys.get(entry.entityType() + "." + entry.field());
        return key == null ? entry.field() : translator.getTranslation(key);
    }

    String value(AuditEntry entry, String value, Component translator) {
        if (value == null) {
            return "";
        }
        if (value.equals("true") || value.equals("false")) {
            return translator.getTranslation("history.value." + value);
        }
        var prefix = valuePrefixes.get(entry.entityType() + "." + entry.field());
        return prefix == null ? value : translator.getTranslation(prefix + value);
    }
}
