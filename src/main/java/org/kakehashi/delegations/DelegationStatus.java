package org.kakehashi.delegations;

public enum DelegationStatus {
    IDEA, PLANNED, CONFIRMED, COMPLETED, CANCELLED
}
