package org.kakehashi.members;

import java.math.BigDecimal;

/** A year's dues in one currency: expected from the memberships against paid. */
public record DuesTotal(String currency, BigDecimal expected, BigDecimal paid) {
}
