package org.kakehashi.pipeline;

import org.kakehashi.PostgresTest;

/** The board's search in one pass (window functions over a derived table) on PostgreSQL. */
@PostgresTest
class BoardSearchPostgresIT extends BoardSearchCases {
}
