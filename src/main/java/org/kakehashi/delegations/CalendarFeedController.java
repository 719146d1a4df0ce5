package org.kakehashi.delegations;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the calendar feed at /calendar-feed/{token}.ics; an unknown token gets 404, as if nothing were there. */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar-feed/";
    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeed feed;

    CalendarFeedController(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feed.forToken(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
