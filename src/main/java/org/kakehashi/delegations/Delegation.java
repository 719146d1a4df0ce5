package org.kakehashi.delegations;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.AuditLabel;
import org.kakehashi.common.Audited;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationRef;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.UserRef;

/** A delegation received in a member city or sent from one to Japan, from its first to its last day. */
@Entity
@Audited
public class Delegation extends AbstractEntity implements AuditLabel {

    public static final int TITLE_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int VISITED_CITIES_MAX = 300;
    public static final int SECTORS_MAX = 300;
    public static final int TEXT_MAX = 4000;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String title;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private DelegationDirection direction = DelegationDirection.OUTBOUND;

    @NotBlank(message = "{validation.required}")
    @Size(max = CITY_MAX, message = "{validation.too-long}")
    private String homeCity;

    /** The home city's zone id, such as Europe/Berlin. */
    @NotBlank(message = "{validation.required}")
    @ValidZoneId
    @Column(name = "home_zone")
    private String homeZoneId = "Europe/Stockholm";

    @Size(max = VISITED_CITIES_MAX, message = "{validation.too-long}")
    private String visitedCities;

    // Bound as a LocalDate, never through java.sql.Date, which would shift it by the JVM's zone
    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate endDate;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private DelegationStatus status = DelegationStatus.IDEA;

    @ManyToOne(fetch = FetchType.LAZY)
    private AppUser responsibleOfficer;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organisation hostOrganisation;

    /** The officer and the host as chosen in a form; the service sets the associations from them when it saves. */
    @Transient
    private UserRef chosenOfficer;

    @Transient
    private OrganisationRef chosenHost;

    @Size(max = TEXT_MAX, message = "{validation.too-long}")
    private String objectives;

    @Size(max = SECTORS_MAX, message = "{validation.too-long}")
    private String sectors;

    @Size(max = TEXT_MAX, message = "{validation.too-long}")
    private String notes;

    @AssertTrue(message = "{delegation.end-before-start}")
    boolean isEndOnOrAfterStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    /** Whether a day lies between the first and the last day of the delegation, both included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Stores what the form leaves empty as nothing. */
    @PrePersist
    @PreUpdate
    void normaliseBlanks() {
        visitedCities = blankToNull(visitedCities);
        objectives = blankToNull(objectives);
        sectors = blankToNull(sectors);
        notes = blankToNull(notes);
    }

    public ZoneId getHomeZone() {
        return ZoneId.of(homeZoneId);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public DelegationDirection getDirection() {
        return direction;
    }

    public void setDirection(DelegationDirection direction) {
        this.direction = direction;
    }

    public String getHomeCity() {
        return homeCity;
    }

    public void setHomeCity(String homeCity) {
        this.homeCity = homeCity;
    }

    public String getHomeZoneId() {
        return homeZoneId;
    }

    public void setHomeZoneId(String homeZoneId) {
        this.homeZoneId = homeZoneId;
    }

    public String getVisitedCities() {
        return visitedCities;
    }

    public void setVisitedCities(String visitedCities) {
        this.visitedCities = visitedCities;
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

    public DelegationStatus getStatus() {
        return status;
    }

    public void setStatus(DelegationStatus status) {
        this.status = status;
    }

    public AppUser getResponsibleOfficer() {
        return responsibleOfficer;
    }

    public void setResponsibleOfficer(AppUser responsibleOfficer) {
        this.responsibleOfficer = responsibleOfficer;
    }

    public Organisation getHostOrganisation() {
        return hostOrganisation;
    }

    public void setHostOrganisation(Organisation hostOrganisation) {
        this.hostOrganisation = hostOrganisation;
    }

    /** The responsible officer as views show and choose them. */
    public UserRef getOfficerRef() {
        return chosenOfficer != null ? chosenOfficer : UserRef.of(responsibleOfficer);
    }

    public void setOfficerRef(UserRef officer) {
        chosenOfficer = officer;
        if (officer == null) {
            responsibleOfficer = null;
        }
    }

    UserRef chosenOfficer() {
        return chosenOfficer;
    }

    /** The host organisation as views show and choose it. */
    public OrganisationRef getHostRef() {
        return chosenHost != null ? chosenHost : OrganisationRef.of(hostOrganisation);
    }

    public void setHostRef(OrganisationRef host) {
        chosenHost = host;
        if (host == null) {
            hostOrganisation = null;
        }
    }

    OrganisationRef chosenHost() {
        return chosenHost;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    @Override
    public String auditLabel() {
        return title;
    }
}
