package org.kakehashi.pipeline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.security.AppUser;

/** A lead-list filter a user saved under a name of their own; each user sees only their own. */
@Entity
public class SavedLeadFilter extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int SEARCH_MAX = 200;
    public static final int SECTOR_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String name;

    @Size(max = SEARCH_MAX, message = "{validation.too-long}")
    private String search;

    @Enumerated(EnumType.STRING)
    private LeadStage stage;

    private Long ownerId;

    @Size(max = SECTOR_MAX, message = "{validation.too-long}")
    private String sector;

    @Size(max = 2, message = "{validation.too-long}")
    private String country;

    @Enumerated(EnumType.STRING)
    private InterestKind interestKind;

    @Enumerated(EnumType.STRING)
    private NextActionDue nextActionDue;

    protected SavedLeadFilter() {
    }

    SavedLeadFilter(AppUser user, String name, LeadFilter filter) {
        this.user = user;
        this.name = name;
        setFilter(filter);
    }

    void setFilter(LeadFilter filter) {
        search = filter.search();
        stage = filter.stage();
        ownerId = filter.ownerId();
        sector = filter.sector();
        country = filter.country();
        interestKind = filter.interestKind();
        nextActionDue = filter.nextActionDue();
    }

    public LeadFilter getFilter() {
        return new LeadFilter(search, stage, ownerId, sector, country, interestKind, nextActionDue);
    }

    public String getName() {
        return name;
    }
}
