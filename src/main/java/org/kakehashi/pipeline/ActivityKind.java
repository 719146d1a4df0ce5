package org.kakehashi.pipeline;

/** What was done with a lead: the entries of its timeline. */
public enum ActivityKind {
    CALL, EMAIL, MEETING, VISIT, NOTE
}
