package org.kakehashi.members;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.common.AuditLabel;

/** A kind of membership with its annual fee: "Municipality", "University", "Company, small" … */
@Entity
@Audited
public class MembershipType extends AbstractEntity implements AuditLabel {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    @Column(unique = true)
    private String name;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.not-negative}")
    @Digits(integer = 10, fraction = 2, message = "{validation.amount}")
    private BigDecimal annualFee;

    /** ISO 4217: SEK, EUR, JPY … */
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[A-Z]{3}$", message = "{validation.currency}")
    private String currency = "SEK";

    @Size(max = DESCRIPTION_MAX, message = "{validation.too-long}")
    private String description;

    /** Stores what the form leaves empty as nothing. */
    @PrePersist
    @PreUpdate
    void normaliseBlanks() {
        description = blankToNull(description);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getAnnualFee() {
        return annualFee;
    }

    public void setAnnualFee(BigDecimal annualFee) {
        this.annualFee = annualFee;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
