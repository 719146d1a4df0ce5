package org.kakehashi.pipeline;

import org.kakehashi.PostgresTest;

/** The V7 links (foreign keys, the join table) on PostgreSQL. */
@PostgresTest
class LeadLinksPostgresIT extends LeadLinksCases {
}
