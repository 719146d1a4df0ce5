package org.kakehashi.delegations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationRef;

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

    /** The organisation as chosen in a view; the service sets the association from it when it saves. */
    @Transient
    private OrganisationRef chosenOrganisation;

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

    /** The organisation as views show and choose it. */
    public OrganisationRef getOrganisationRef() {
        return chosenOrganisation != null ? chosenOrganisation : OrganisationRef.of(organisation);
    }

    public void setOrganisationRef(OrganisationRef organisation) {
        chosenOrganisation = organisation;
        if (organisation == null) {
            this.organisation = null;
        }
    }

    OrganisationRef chosenOrganisation() {
        return chosenOrganisation;
    }

    public String getContribution() {
        return contribution;
    }

    public void setContribution(String contribution) {
        this.contribution = contribution;
    }
}
