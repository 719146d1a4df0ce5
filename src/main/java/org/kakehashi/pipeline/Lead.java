package org.kakehashi.pipeline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.common.SearchText;
import org.kakehashi.members.Organisation;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.UserRef;

/** A company that may establish itself, invest or partner locally, followed by one officer. */
@Entity
@Audited
public class Lead extends AbstractEntity {

    public static final int COMPANY_NAME_MAX = 200;
    public static final int HEADQUARTERS_MAX = 100;
    public static final int SECTOR_MAX = 100;
    public static final int NEXT_ACTION_MAX = 300;
    public static final int JOBS_MAX = 1_000_000;

    @NotBlank(message = "{validation.required}")
    @Size(max = COMPANY_NAME_MAX, message = "{validation.too-long}")
    private String companyName;

    @Size(max = COMPANY_NAME_MAX, message = "{validation.too-long}")
    private String companyNameJapanese;

    @Column(nullable = false)
    private String searchText;

    /** The city or prefecture of the headquarters: Kobe, Aichi … */
    @Size(max = HEADQUARTERS_MAX, message = "{validation.too-long}")
    private String headquarters;

    /** ISO 3166 country code of the headquarters: JP, SE, DE … */
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[A-Z]{2}$", message = "{pipeline.validation.country}")
    private String country = "JP";

    @Size(max = SECTOR_MAX, message = "{validation.too-long}")
    private String sector;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private InterestKind interestKind = InterestKind.ESTABLISHMENT;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private LeadStage stage = LeadStage.IDENTIFIED;

    /** When the lead entered its present stage; kept by the service with the stage history. */
    @Column(nullable = false)
    private Instant stageSince;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private AppUser owner;

    @Embedded
    private LeadOrigin origin = new LeadOrigin();

    /** The partner that referred the lead: a trade-promotion agency, a consulate, a sister city … */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referring_partner_id")
    private Organisation referringPartner;

    /** The programme items of the source delegation where the lead was met. */
    @ElementCollection
    @CollectionTable(name = "lead_programme_item", joinColumns = @JoinColumn(name = "lead_id"))
    @Column(name = "programme_item_id", nullable = false)
    private Set<Long> metAtProgrammeItemIds = new HashSet<>();

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate expectedDecisionDate;

    @Min(value = 0, message = "{validation.not-negative}")
    @Max(value = JOBS_MAX, message = "{pipeline.validation.jobs}")
    private Integer estimatedJobs;

    @Valid
    @Embedded
    private Investment investment = new Investment();

    /** Percent, defaulted from the stage and editable. */
    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{pipeline.validation.probability}")
    @Max(value = 100, message = "{pipeline.validation.probability}")
    private Integer probability = LeadStage.IDENTIFIED.defaultProbability();

    @Size(max = NEXT_ACTION_MAX, message = "{validation.too-long}")
    private String nextAction;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate nextActionDue;

    /** Seen only by the owner and the administrators; others count it in aggregate figures only. */
    private boolean confidential;

    @PrePersist
    @PreUpdate
    void updateSearchText() {
        companyNameJapanese = SearchText.blankToNull(companyNameJapanese);
        headquarters = SearchText.blankToNull(headquarters);
        sector = SearchText.blankToNull(sector);
        investment.blankToNull();
        nextAction = SearchText.blankToNull(nextAction);
        searchText = SearchText.of(companyName, companyNameJapanese);
    }

    /** Whether the next action is due before the given day. */
    public boolean isOverdue(LocalDate today) {
        return nextActionDue != null && nextActionDue.isBefore(today) && stage.isOpen();
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCompanyNameJapanese() {
        return companyNameJapanese;
    }

    public void setCompanyNameJapanese(String companyNameJapanese) {
        this.companyNameJapanese = companyNameJapanese;
    }

    public String getHeadquarters() {
        return headquarters;
    }

    public void setHeadquarters(String headquarters) {
        this.headquarters = headquarters;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public InterestKind getInterestKind() {
        return interestKind;
    }

    public void setInterestKind(InterestKind interestKind) {
        this.interestKind = interestKind;
    }

    public LeadStage getStage() {
        return stage;
    }

    /** Changes the stage as a form would; the service records the change in the history when it saves. */
    public void setStage(LeadStage stage) {
        this.stage = stage;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    void setStageSince(Instant stageSince) {
        this.stageSince = stageSince;
    }

    public AppUser getOwner() {
        return owner;
    }

    /** The owner as the views show them. */
    public UserRef getOwnerRef() {
        return UserRef.of(owner);
    }

    public void setOwner(AppUser owner) {
        this.owner = owner;
    }

    public LeadOrigin getOrigin() {
        if (origin == null) {
            origin = new LeadOrigin(); // read with no origin: its columns all null make no embedded object
        }
        return origin;
    }

    public Organisation getReferringPartner() {
        return referringPartner;
    }

    public void setReferringPartner(Organisation referringPartner) {
        this.referringPartner = referringPartner;
    }

    /** The ids of the programme items where the lead was met; read with the lead by the service. */
    public Set<Long> getMetAtProgrammeItemIds() {
        return metAtProgrammeItemIds;
    }

    public void setMetAtProgrammeItemIds(Set<Long> ids) {
        metAtProgrammeItemIds.clear();
        if (ids != null) {
            metAtProgrammeItemIds.addAll(ids);
        }
    }

    public LocalDate getExpectedDecisionDate() {
        return expectedDecisionDate;
    }

    public void setExpectedDecisionDate(LocalDate expectedDecisionDate) {
        this.expectedDecisionDate = expectedDecisionDate;
    }

    public Integer getEstimatedJobs() {
        return estimatedJobs;
    }

    public void setEstimatedJobs(Integer estimatedJobs) {
        this.estimatedJobs = estimatedJobs;
    }

    public Investment getInvestment() {
        return investment;
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public LocalDate getNextActionDue() {
        return nextActionDue;
    }

    public void setNextActionDue(LocalDate nextActionDue) {
        this.nextActionDue = nextActionDue;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}
