package org.kakehashi.security;

import org.kakehashi.PostgresTest;

/** {@link AddressLockoutAcrossInstances} on PostgreSQL. */
@PostgresTest
@AccountsTestContext
class AddressLockoutAcrossInstancesPostgresIT extends AddressLockoutAcrossInstances {
}
