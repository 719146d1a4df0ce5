package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kakehashi.pipeline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The load balancer's probes over real HTTP with no login, the other management endpoints for ADMIN only, and the
 * application's own metrics moving. The context of SessionsAndHeadersTest, so no new one starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AccountsTestContext
class HealthAndMetricsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private MutableClock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        clock.set(AccountsTestContext.NOW);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_probes_answer_anonymously_with_the_status_alone_and_no_session() throws Exception {
        for (var probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = anonymousGet(probe);

            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
            assertThat(response.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void readiness_is_down_while_the_application_refuses_traffic_as_during_its_start_and_migrations() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var readiness = anonymousGet("/actuator/health/readiness");
            var liveness = anonymousGet("/actuator/health/liveness");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(liveness.statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymousGet("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void an_administrator_sees_the_health_details() throws Exception {
        var asAdmin = mvc.perform(MockMvcRequestBuilders.get("/actuator/health").with(user("a").roles(Roles.ADMIN)))
                .andReturn().getResponse();
        var readiness = mvc.perform(MockMvcRequestBuilders.get("/actuator/health/readiness")
                .with(user("a").roles(Roles.ADMIN))).andReturn().getResponse();

        assertThat(asAdmin.getContentAsString()).contains("\"components\"", "\"db\"", "\"readinessState\"");
        assertThat(readiness.getContentAsString()).contains("\"db\"", "\"readinessState\"")
                .doesNotContain("diskSpace");
    }

    @Test
    void other_management_endpoints_are_refused_to_anonymous_and_other_roles_and_prometheus_is_off() throws Exception {
        for (var path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/env",
            "/actuator/metrics"}) {
            var anonymous = anonymousGet(path);
            var asOfficer = mvc.perform(MockMvcRequestBuilders.get(path).with(user("o").roles(Roles.OFFICER)))
                    .andReturn().getResponse();

            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).as(path).isEmpty();
            assertThat(asOfficer.getStatus()).as(path).isEqualTo(403);
        }
        var prometheusAsAdmin = mvc.perform(MockMvcRequestBuilders.get("/actuator/prometheus")
                .with(user("a").roles(Roles.ADMIN))).andReturn().getResponse();
        // No endpoint there: the request falls through to Vaadin's router, with no metric in it
        assertThat(prometheusAsAdmin.getContentAsString()).as("off unless switched on").doesNotContain("# TYPE");
    }

    @Test
    void failed_logins_and_a_lockout_are_counted() throws Exception {
        var failuresBefore = count("kakehashi.logins", "outcome", "failure");
        var lockoutsBefore = count("kakehashi.lockouts", "of", "account");
        var username = "metrics-lockout-" + System.nanoTime();
        context.getBean(AppUserRepository.class).save(new AppUser(username, "Counted", "{noop}unused-here", Set.of(Roles.OFFICER)));

        for (int i = 0; i < 5; i++) {
            mvc.perform(MockMvcRequestBuilders.post("/login").param("username", username)
                    .param("password", "not the password").with(csrf()));
        }

        assertThat(count("kakehashi.logins", "outcome", "failure") - failuresBefore).isEqualTo(5);
        assertThat(count("kakehashi.lockouts", "of", "account") - lockoutsBefore).isEqualTo(1);
    }

    @Test
    void a_scheduled_job_run_is_timed_by_job_and_outcome() {
        var task = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .filter(scheduled -> scheduled.toString().contains("MembershipStatusJob.refresh"))
                .findFirst().orElseThrow();
        var before = jobRuns("refresh");

        task.getTask().getRunnable().run();

        assertThat(jobRuns("refresh") - before).isEqualTo(1);
    }

    private long jobRuns(String job) {
        var timer = meters.find("tasks.scheduled.execution").tag("code.function", job).tag("outcome", "SUCCESS")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    private double count(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).counter().count();
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
