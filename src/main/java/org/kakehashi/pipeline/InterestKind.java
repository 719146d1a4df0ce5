package org.kakehashi.pipeline;

/** What a company is interested in doing locally. */
public enum InterestKind {
    ESTABLISHMENT, RESEARCH_PARTNERSHIP, INVESTMENT, TRADE, OTHER
}
