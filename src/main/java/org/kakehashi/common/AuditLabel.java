package org.kakehashi.common;

/** How an entity reads in another's audit history when it is the value of a relation (a contact's organisation). */
public interface AuditLabel {

    String auditLabel();
}
