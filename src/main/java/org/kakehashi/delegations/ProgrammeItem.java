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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationRef;

/**
 * A point of a delegation's itinerary. Its times are the wall-clock times where it happens, kept with the zone id:
 * the instants are derived from them, so the server's zone or new daylight-saving rules never move the meeting.
 */
@Entity
@Audited(parent = "delegation")
public class ProgrammeItem extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int VENUE_MAX = 200;
    public static final int NOTES_MAX = 4000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Delegation delegation;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String title;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private ProgrammeItemKind kind = ProgrammeItemKind.MEETING;

    // Bound as a LocalDateTime, never through java.sql.Timestamp, which would shift it by the JVM's zone
    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "start_local")
    private LocalDateTime start;

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE_TIME)
    @Column(name = "end_local")
    private LocalDateTime end;

    @NotBlank(message = "{validation.required}")
    @ValidZoneId
    private String zoneId;

    @Size(max = CITY_MAX, message = "{validation.too-long}")
    private String city;

    @Size(max = VENUE_MAX, message = "{validation.too-long}")
    private String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organisation counterpartOrganisation;

    /** The counterpart as chosen in a form; the service sets the association from it when it saves. */
    @Transient
    private OrganisationRef chosenCounterpart;

    @Size(max = NOTES_MAX, message = "{validation.too-long}")
    private String notes;

    protected ProgrammeItem() {
    }

    public ProgrammeItem(Delegation delegation) {
        this.delegation = delegation;
    }

    @AssertTrue(message = "{programme.end-before-start}")
    boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    /** Stores what the form leaves empty as nothing. */
    @PrePersist
    @PreUpdate
    void normaliseBlanks() {
        city = blankToNull(city);
        venue = blankToNull(venue);
        notes = blankToNull(notes);
    }

    public ZoneId getZone() {
        return ZoneId.of(zoneId);
    }

    public ZonedDateTime getZonedStart() {
        return start.atZone(getZone());
    }

    public ZonedDateTime getZonedEnd() {
        return end.atZone(getZone());
    }

    public Instant getStartInstant() {
        return getZonedStart().toInstant();
    }

    public Instant getEndInstant() {
        return getZonedEnd().toInstant();
    }

    /** Whether the two items share some time, wherever they happen. */
    public boolean overlaps(ProgrammeItem other) {
        return getStartInstant().isBefore(other.getEndInstant()) && other.getStartInstant().isBefore(getEndInstant());
    }

    public Delegation getDelegation() {
        return delegation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ProgrammeItemKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeItemKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = zoneId;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Organisation getCounterpartOrganisation() {
        return counterpartOrganisation;
    }

    public void setCounterpartOrganisation(Organisation counterpartOrganisation) {
        this.counterpartOrganisation = counterpartOrganisation;
    }

    /** The counterpart organisation as views show and choose it. */
    public OrganisationRef getCounterpartRef() {
        return chosenCounterpart != null ? chosenCounterpart : OrganisationRef.of(counterpartOrganisation);
    }

    public void setCounterpartRef(OrganisationRef counterpart) {
        chosenCounterpart = counterpart;
        if (counterpart == null) {
            counterpartOrganisation = null;
        }
    }

    OrganisationRef chosenCounterpart() {
        return chosenCounterpart;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
