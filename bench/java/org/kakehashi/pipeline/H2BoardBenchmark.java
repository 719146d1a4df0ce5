package org.kakehashi.pipeline;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link BoardBenchmark} on the embedded H2 database: {@code ./mvnw test -Dtest=H2BoardBenchmark}. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class H2BoardBenchmark extends BoardBenchmark {

    @Override
    String database() {
        return "h2";
    }
}
