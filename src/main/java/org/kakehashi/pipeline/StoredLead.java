package org.kakehashi.pipeline;

/** What is stored of a lead, read before a form's change is saved over it. */
record StoredLead(LeadStage stage, Long ownerId, boolean confidential) {

    boolean seenBy(Viewer viewer) {
        return !confidential || viewer.seesAllConfidential() || ownerId == viewer.userId();
    }
}
