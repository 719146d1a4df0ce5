package org.kakehashi.pipeline;

/** Where a lead stands, in the order of the board's columns, with the probability a lead gets when it enters. */
public enum LeadStage {
    IDENTIFIED(5),
    CONTACTED(10),
    IN_DIALOGUE(25),
    VISIT(40),
    NEGOTIATION(60),
    ESTABLISHED(100),
    LOST(0),
    ON_HOLD(5);

    private final int defaultProbability;

    LeadStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    /** The probability (percent) of an establishment that a lead in this stage gets unless an officer says otherwise. */
    public int defaultProbability() {
        return defaultProbability;
    }

    /** Whether the lead is still being worked on (it counts for follow-ups and the weighted pipeline). */
    public boolean isOpen() {
        return this != ESTABLISHED && this != LOST;
    }
}
