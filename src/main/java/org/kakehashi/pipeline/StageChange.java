package org.kakehashi.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.UserRef;

/** One step of a lead's stage history: who moved it from which stage to which, and when; closed by the next step. */
@Entity
@Table(name = "lead_stage_change")
public class StageChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    /** Null for the first entry, made when the lead was created. */
    @Enumerated(EnumType.STRING)
    private LeadStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeadStage toStage;

    @Column(nullable = false)
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by_id")
    private AppUser changedBy;

    /** When the lead left this stage again; null while it is still there. Set by the next change. */
    private Instant leftAt;

    protected StageChange() {
    }

    StageChange(Lead lead, LeadStage fromStage, LeadStage toStage, Instant changedAt, AppUser changedBy) {
        this.lead = lead;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public Lead getLead() {
        return lead;
    }

    public LeadStage getFromStage() {
        return fromStage;
    }

    public LeadStage getToStage() {
        return toStage;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public AppUser getChangedBy() {
        return changedBy;
    }

    /** Who changed the stage, as the views show them. */
    public UserRef getChangedByRef() {
        return UserRef.of(changedBy);
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    void setLeftAt(Instant leftAt) {
        this.leftAt = leftAt;
    }
}
