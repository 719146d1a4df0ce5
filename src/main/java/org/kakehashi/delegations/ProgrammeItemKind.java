package org.kakehashi.delegations;

public enum ProgrammeItemKind {
    MEETING, SITE_VISIT, RECEPTION, SEMINAR, TRAVEL, OTHER
}
