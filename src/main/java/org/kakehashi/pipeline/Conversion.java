package org.kakehashi.pipeline;

/**
 * How many of the leads that entered the pipeline in a period have been established since. Counts every lead,
 * confidential ones included: the figure tells nothing of any one of them.
 */
public record Conversion(long leads, long established) {

    /** The share established, from 0 to 1; 0 when no lead entered. */
    public double rate() {
        return leads == 0 ? 0 : (double) established / leads;
    }
}
