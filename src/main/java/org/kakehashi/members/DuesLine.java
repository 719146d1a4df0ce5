package org.kakehashi.members;

import java.math.BigDecimal;

/** One member's dues for a year: what its membership type expects against what it paid. */
public record DuesLine(long membershipId, long organisationId, String organisationName, String membershipType,
        BigDecimal expected, String currency, BigDecimal paid, DuesStatus duesStatus) {

    public BigDecimal outstanding() {
        var rest = expected.subtract(paid);
        return rest.signum() > 0 ? rest : BigDecimal.ZERO;
    }
}
