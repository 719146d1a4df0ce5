package org.kakehashi.delegations;

/** Whether a delegation comes to a member city or goes from one to Japan. */
public enum DelegationDirection {
    INBOUND, OUTBOUND
}
