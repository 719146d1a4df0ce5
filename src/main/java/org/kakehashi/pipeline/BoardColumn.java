package org.kakehashi.pipeline;

import java.util.List;

/** The first cards of one stage on the board, and how many the stage holds in all. */
public record BoardColumn(LeadStage stage, List<Lead> leads, long total) {

    public boolean hasMore() {
        return leads.size() < total;
    }
}
