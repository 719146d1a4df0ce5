package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The one context of the health tests that differs: Prometheus switched on, and a database that can be made to stop
 * answering (every new connection refused, as when the server is down).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.prometheus.access=read-only")
class PrometheusAndUnreachableDatabaseTest {

    private static final AtomicBoolean DATABASE_DOWN = new AtomicBoolean();

    @LocalServerPort
    private int port;

    @Autowired
    private WebApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readiness_goes_down_while_the_database_does_not_answer_and_liveness_stays_up() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        DATABASE_DOWN.set(true);
        try {
            var readiness = get("/actuator/health/readiness");
            var liveness = get("/actuator/health/liveness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(liveness.statusCode()).isEqualTo(200);
        } finally {
            DATABASE_DOWN.set(false);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void switched_on_prometheus_gives_the_metrics_to_an_administrator_only() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();

        var asAdmin = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus").with(user("a").roles(Roles.ADMIN)))
                .andReturn().getResponse();

        assertThat(asAdmin.getStatus()).isEqualTo(200);
        assertThat(asAdmin.getContentAsString()).contains("# TYPE kakehashi_logins_total counter",
                "kakehashi_vaadin_sessions", "http_server_requests_seconds");
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    static class SwitchableDatabase {

        @Bean
        static BeanPostProcessor unreachableWhenSwitched() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? new Switchable(dataSource) : bean;
                }
            };
        }
    }

    private static final class Switchable extends DelegatingDataSource {

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (DATABASE_DOWN.get()) {
                throw new SQLException("Connection refused (test)");
            }
            return super.getConnection();
        }
    }
}
