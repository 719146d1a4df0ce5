package org.kakehashi.pipeline;

/** How a lead came to us. */
public enum LeadSource {
    DELEGATION, REFERRAL, AGENCY, INBOUND_REQUEST, EVENT
}
