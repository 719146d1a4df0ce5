package org.kakehashi.members;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;

/** A payment of a year's dues. */
@Entity
@Audited(parent = "membership")
public class DuesPayment extends AbstractEntity {

    public static final int REFERENCE_MAX = 100;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Membership membership;

    @NotNull(message = "{validation.required}")
    @Min(value = 1990, message = "{dues.year.invalid}")
    @Max(value = 2100, message = "{dues.year.invalid}")
    private Integer periodYear;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.01", message = "{validation.positive}")
    @Digits(integer = 10, fraction = 2, message = "{validation.amount}")
    private BigDecimal amount;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[A-Z]{3}$", message = "{validation.currency}")
    private String currency;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate dueDate;

    @NotNull(message = "{validation.required}")
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate paidDate;

    @Size(max = REFERENCE_MAX, message = "{validation.too-long}")
    private String reference;

    /** Stores what the form leaves empty as nothing. */
    @PrePersist
    @PreUpdate
    void normaliseBlanks() {
        reference = blankToNull(reference);
    }

    public Membership getMembership() {
        return membership;
    }

    void setMembership(Membership membership) {
        this.membership = membership;
    }

    public Integer getPeriodYear() {
        return periodYear;
    }

    public void setPeriodYear(Integer periodYear) {
        this.periodYear = periodYear;
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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalDate getPaidDate() {
        return paidDate;
    }

    public void setPaidDate(LocalDate paidDate) {
        this.paidDate = paidDate;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
