package org.kakehashi.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where a lead came from: the kind of source, and the delegation when it came from one. */
@Embeddable
public class LeadOrigin {

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private LeadSource source;

    /** The delegation the lead came from; an id with a foreign key, so the pipeline needs no delegation entity. */
    @Column(name = "source_delegation_id")
    private Long delegationId;

    public LeadSource getSource() {
        return source;
    }

    public void setSource(LeadSource source) {
        this.source = source;
    }

    public Long getDelegationId() {
        return delegationId;
    }

    public void setDelegationId(Long delegationId) {
        this.delegationId = delegationId;
    }
}
