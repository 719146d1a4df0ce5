package org.kakehashi.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every create, change and delete of an entity so marked is kept in the audit history, field by field
 * ({@link AuditRecorder}), and read back through {@link AuditTrail}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    /** The relation to the record whose history also shows this one's (a payment's membership), or none. */
    String parent() default "";
}
