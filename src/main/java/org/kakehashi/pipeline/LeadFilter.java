package org.kakehashi.pipeline;

import java.time.LocalDate;

/**
 * What the lead list and the board are narrowed to; every part is optional.
 *
 * @param search a part of the company name in Latin or Japanese script, case and accents ignored
 * @param openOnly only the leads still open (neither established nor lost), as the weighted pipeline counts them
 * @param reached only the leads that reached a stage in a period, as the dashboard's period figures count them
 */
public record LeadFilter(String search, LeadStage stage, Long ownerId, String sector, String country,
        InterestKind interestKind, NextActionDue nextActionDue, boolean openOnly, Reached reached) {

    /**
     * The leads that entered a stage from the first day to the last (in the clock's zone).
     *
     * @param stage the stage entered; null for entering the pipeline (the lead's first stage)
     */
    public record Reached(LeadStage stage, LocalDate from, LocalDate to) {
    }

    public LeadFilter(String search, LeadStage stage, Long ownerId, String sector, String country,
            InterestKind interestKind, NextActionDue nextActionDue) {
        this(search, stage, ownerId, sector, country, interestKind, nextActionDue, false, null);
    }

    public static LeadFilter all() {
        return new LeadFilter(null, null, null, null, null, null, null);
    }

    public LeadFilter withStage(LeadStage newStage) {
        return new LeadFilter(search, newStage, ownerId, sector, country, interestKind, nextActionDue, openOnly,
                reached);
    }

    public LeadFilter withOpenOnly(boolean open) {
        return new LeadFilter(search, stage, ownerId, sector, country, interestKind, nextActionDue, open, reached);
    }

    public LeadFilter withReached(Reached newReached) {
        return new LeadFilter(search, stage, ownerId, sector, country, interestKind, nextActionDue, openOnly,
                newReached);
    }

    /**
     * Whether the filter narrows only by what the dashboard counts by (stage, open, a stage reached in a period), so
     * that the number of confidential leads it leaves out may be told: it tells nothing the dashboard does not.
     */
    public boolean onlyByDashboardFigures() {
        return blank(search) && ownerId == null && blank(sector) && blank(country) && interestKind == null
                && nextActionDue == null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
