package org.kakehashi.delegations;

import java.util.List;

/**
 * What other modules know a delegation produced or advanced, such as the pipeline's leads. A module that links its
 * records to delegations offers a bean of this kind; the delegation page shows what every such bean reports, so
 * the delegation calendar never depends on those modules.
 */
public interface DelegationOutcomes {

    /** The outcomes of one delegation, in the order they are to be shown; checks the caller's rights itself. */
    List<DelegationOutcome> outcomesOf(long delegationId);

    /**
     * One outcome as the delegation page lists it.
     *
     * @param title what it is, such as the company of a lead
     * @param detail a short state, such as the lead's stage, already in the user's language
     * @param route the page that shows it, such as "pipeline/leads/42"
     */
    record DelegationOutcome(String title, String detail, String route) {
    }
}
