package org.kakehashi.security;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link AddressLockoutAcrossInstances} on the embedded H2. */
@SpringBootTest
@AccountsTestContext
class AddressLockoutAcrossInstancesTest extends AddressLockoutAcrossInstances {
}
