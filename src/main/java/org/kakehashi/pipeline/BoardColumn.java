package org.kakehashi.pipeline;

import java.util.List;

/**
 * The first cards of one stage on the board, and how many the stage holds in all.
 *
 * @param total the leads the user sees in the stage
 * @param confidentialNotShown the confidential leads of others in the stage, counted on the dashboard but not shown
 *     here (told only while the board is not searched or narrowed to an owner)
 */
public record BoardColumn(LeadStage stage, List<Lead> leads, long total, long confidentialNotShown) {

    public BoardColumn(LeadStage stage, List<Lead> leads, long total) {
        this(stage, leads, total, 0);
    }

    public boolean hasMore() {
        return leads.size() < total;
    }
}
