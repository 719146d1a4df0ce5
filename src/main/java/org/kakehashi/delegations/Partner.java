package org.kakehashi.delegations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.Organisation;

/** An organisation that helps a delegation (a consulate general, an embassy, a trade-promotion agency). */
@Entity
@Audited(parent = "delegation")
@Table(name = "delegation_partner")
public class Partner extends AbstractEntity {

    public static final int CONTRIBUTION_MAX = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Delegation delegation;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    /** What the partner did: opened doors, hosted the reception … */
    @Size(max = CONTRIBUTION_MAX, message = "{validation.too-long}")
    private String contribution;

    protected Partner() {
    }

    public Partner(Delegation delegation) {
        this.delegation = delegation;
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }
}
