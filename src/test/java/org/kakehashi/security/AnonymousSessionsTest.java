package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A flood of anonymous page loads over loopback, each a new session with the login page's Vaadin UI in it. The
 * anonymous timeout is one second here (six minutes by default); Tomcat's expiry runs when the test calls it, not on
 * its own clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "kakehashi.security.anonymous-session-timeout=1s")
class AnonymousSessionsTest {

    private static final int PAGE_LOADS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(AnonymousSessionsTest.class);

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    // No cookie handler: every request comes without a session, as from a flood of clients
    private final HttpClient http = HttpClient.newHttpClient();

    private ManagerBase sessions;
    private int expiryFrequency;

    @BeforeEach
    void takeOverExpiry() {
        sessions = TomcatSessions.of(context);
        expiryFrequency = sessions.getProcessExpiresFrequency();
        sessions.setProcessExpiresFrequency(Integer.MAX_VALUE);
    }

    @AfterEach
    void giveBackExpiry() {
        sessions.setProcessExpiresFrequency(expiryFrequency);
    }

    @Test
    void two_thousand_anonymous_page_loads_leave_neither_sessions_nor_heap_behind_once_their_timeout_has_passed()
            throws Exception {
        for (int i = 0; i < 50; i++) {
            loadLoginPage(); // classes loaded, caches filled
        }
        expireAll();
        var heapBefore = liveHeap();
        var createdBefore = sessions.getSessionCounter();

        for (int i = 0; i < PAGE_LOADS; i++) {
            loadLoginPage();
        }

        assertThat(sessions.getSessionCounter() - createdBefore).isEqualTo(PAGE_LOADS);
        assertThat(sessions.getActiveSessions()).isEqualTo(PAGE_LOADS);
        assertThat(sessions.findSessions()).allSatisfy(session ->
                assertThat(session.getMaxInactiveInterval()).isEqualTo(1));
        var heapWithSessions = liveHeap();
        var held = heldObjects();

        expireAll();

        var heapAfter = liveHeap();
        log.info("Heap in use: {} MB before {} anonymous page loads, {} MB with their sessions, {} MB once they expired",
                mb(heapBefore), PAGE_LOADS, mb(heapWithSessions), mb(heapAfter));
        // The other cached test contexts share this JVM's heap, so its figures move by tens of MB either way (logged,
        // not asserted): what must hold is that every expired session, and the Vaadin session in it, can be collected.
        assertThat(sessions.getActiveSessions()).isZero();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            System.gc();
            return held.stream().allMatch(reference -> reference.get() == null);
        });
    }

    /** Each live session and everything stored in it (the Vaadin session with its UI), weakly held. */
    private List<WeakReference<Object>> heldObjects() {
        var held = new ArrayList<WeakReference<Object>>();
        for (var session : sessions.findSessions()) {
            held.add(new WeakReference<>(session));
            var attributes = session.getSession();
            Collections.list(attributes.getAttributeNames())
                    .forEach(name -> held.add(new WeakReference<>(attributes.getAttribute(name))));
        }
        assertThat(held).as("sessions with their Vaadin session").hasSizeGreaterThan(2 * PAGE_LOADS);
        return held;
    }

    /** The page, then the request with which Vaadin's client makes the page's UI on the server, as a browser does. */
    private void loadLoginPage() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(200);
        var cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        var init = URI.create("http://localhost:" + port + "/?v-r=init&location=login&query=");
        var ui = http.send(HttpRequest.newBuilder(init).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("\"v-uiId\"");
    }

    /** Runs Tomcat's expiry until every session has passed its timeout (a second without a request) and is gone. */
    private void expireAll() {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            sessions.processExpires();
            return sessions.getActiveSessions() == 0;
        });
    }

    private static long liveHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
