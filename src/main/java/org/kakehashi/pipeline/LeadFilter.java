package org.kakehashi.pipeline;

/**
 * What the lead list and the board are narrowed to; every part is optional.
 *
 * @param search a part of the company name in Latin or Japanese script, case and accents ignored
 */
public record LeadFilter(String search, LeadStage stage, Long ownerId, String sector, String country,
        InterestKind interestKind, NextActionDue nextActionDue) {

    public static LeadFilter all() {
        return new LeadFilter(null, null, null, null, null, null, null);
    }

    public LeadFilter withStage(LeadStage newStage) {
        return new LeadFilter(search, newStage, ownerId, sector, country, interestKind, nextActionDue);
    }
}
