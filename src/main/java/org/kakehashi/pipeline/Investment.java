package org.kakehashi.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kakehashi.common.SearchText;

/**
 * The investment a lead's company considers: the kind of project, the other places it weighs, and its estimated
 * amount. (Its jobs and probability stay on the lead, as the list sorts by them.)
 */
@Embeddable
public class Investment {

    public static final int COMPETING_LOCATIONS_MAX = 300;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_type")
    private ProjectType projectType;

    @Size(max = COMPETING_LOCATIONS_MAX, message = "{validation.too-long}")
    @Column(name = "competing_locations")
    private String competingLocations;

    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 12, fraction = 2, message = "{pipeline.validation.investment}")
    @Column(name = "estimated_investment")
    private BigDecimal amount;

    /** ISO 4217: EUR, SEK, JPY … */
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[A-Z]{3}$", message = "{validation.currency}")
    @Column(name = "investment_currency")
    private String currency = "EUR";

    void blankToNull() {
        competingLocations = SearchText.blankToNull(competingLocations);
    }

    public ProjectType getProjectType() {
        return projectType;
    }

    public void setProjectType(ProjectType projectType) {
        this.projectType = projectType;
    }

    public String getCompetingLocations() {
        return competingLocations;
    }

    public void setCompetingLocations(String competingLocations) {
        this.competingLocations = competingLocations;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
