package org.kakehashi.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;

/**
 * An organisation's membership of the association: one per organisation, renewed by moving its end date. Its
 * status and dues status are derived by {@link MembershipRules} and stored so that lists can filter on them.
 */
@Entity
@Audited(parent = "organisation")
public class Membership extends AbstractEntity {

    @NotNull(message = "{validation.required}")
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_type_id")
    private MembershipType type;

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate startDate;

    /** The renewal date: the end of the period agreed and, once paid, paid for. */
    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate endDate;

    /** Set when the membership was ended on request. */
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate resignedOn;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status = MembershipStatus.APPLICANT;

    @Enumerated(EnumType.STRING)
    private DuesStatus duesStatus = DuesStatus.DUE;

    @AssertTrue(message = "{membership.end-before-start}")
    boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public MembershipType getType() {
        return type;
    }

    public void setType(MembershipType type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getResignedOn() {
        return resignedOn;
    }

    void setResignedOn(LocalDate resignedOn) {
        this.resignedOn = resignedOn;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public DuesStatus getDuesStatus() {
        return duesStatus;
    }

    void setDerived(MembershipStatus status, DuesStatus duesStatus) {
        this.status = status;
        this.duesStatus = duesStatus;
    }
}
