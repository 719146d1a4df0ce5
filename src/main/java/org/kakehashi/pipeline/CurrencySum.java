package org.kakehashi.pipeline;

import java.math.BigDecimal;

/** An amount summed in the database for one ISO 4217 currency. */
record CurrencySum(String currency, BigDecimal amount) {
}
