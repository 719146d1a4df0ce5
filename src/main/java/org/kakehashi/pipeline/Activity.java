package org.kakehashi.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.UserRef;

/** A call, an email, a meeting, a visit or a note on a lead's timeline. */
@Entity
@Audited(parent = "lead")
public class Activity extends AbstractEntity {

    public static final int SUMMARY_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    private Lead lead;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private ActivityKind kind = ActivityKind.CALL;

    @NotNull(message = "{validation.required}")
    @Column(name = "occurred_on")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate date;

    @NotBlank(message = "{validation.required}")
    @Size(max = SUMMARY_MAX, message = "{validation.too-long}")
    private String summary;

    /** Who did it: set by the service to the logged-in user. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    public Lead getLead() {
        return lead;
    }

    void setLead(Lead lead) {
        this.lead = lead;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public AppUser getAuthor() {
        return author;
    }

    /** The author as the views show them. */
    public UserRef getAuthorRef() {
        return UserRef.of(author);
    }

    void setAuthor(AppUser author) {
        this.author = author;
    }
}
