package org.kakehashi.delegations;

import java.util.List;
import java.util.Optional;

/**
 * What other modules know a delegation produced or advanced, such as the pipeline's leads. A module that links its
 * records to delegations offers a bean of this kind; the delegation page shows what every such bean reports, so
 * the delegation calendar never depends on those modules.
 */
public interface DelegationOutcomes {

    /** The outcomes of one delegation, in the order they are to be shown; checks the caller's rights itself. */
    List<DelegationOutcome> outcomesOf(long delegationId);

    /**
     * What the outcomes add up to, one line each and already in the user's language, such as the estimated jobs;
     * may count outcomes the caller does not see listed, as totals only.
     */
    default List<String> totalsOf(long delegationId) {
        return List.of();
    }

    /**
     * A link that starts a new outcome of the delegation, such as "Create a lead", when the caller may create one.
     */
    default Optional<DelegationOutcome> creationFor(long delegationId) {
        return Optional.empty();
    }

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
