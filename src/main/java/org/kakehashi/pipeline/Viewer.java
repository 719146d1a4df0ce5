package org.kakehashi.pipeline;

/** Who is asking, as far as confidential leads go: the owner and the administrators see them, nobody else. */
record Viewer(long userId, boolean seesAllConfidential) {

    boolean sees(Lead lead) {
        return !lead.isConfidential() || seesAllConfidential || lead.getOwner().getId() == userId;
    }
}
