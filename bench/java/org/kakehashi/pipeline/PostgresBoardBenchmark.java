package org.kakehashi.pipeline;

import org.kakehashi.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/** {@link BoardBenchmark} on PostgreSQL: {@code ./mvnw verify -Ppostgres-tests -Dit.test=PostgresBoardBenchmark}. */
@PostgresTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PostgresBoardBenchmark extends BoardBenchmark {

    @Override
    String database() {
        return "postgresql";
    }
}
