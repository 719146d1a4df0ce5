package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The icon a browser asks for on its first visit, before anyone logs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AccountsTestContext
class FaviconTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_browser_gets_the_favicon_without_logging_in() throws Exception {
        var response = http.send(request("favicon.ico"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/"));
        // An ICO file starts with a reserved zero and type 1
        assertThat(response.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void every_page_links_the_favicon() throws Exception {
        var page = http.send(request("login"), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).containsPattern("<link (?=[^>]*rel=\"icon\")(?=[^>]*href=\"favicon.ico\")[^>]*>");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).GET().build();
    }
}
