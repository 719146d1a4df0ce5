package org.kakehashi.security;

/**
 * Published in the transaction that disables an account, so that other features take back what the account held
 * without a login (the calendar feed's address).
 */
public record AccountDisabled(long userId) {
}
