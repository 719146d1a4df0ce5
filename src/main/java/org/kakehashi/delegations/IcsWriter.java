package org.kakehashi.delegations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes iCalendar (RFC 5545) text: programme items keep their own zone (DTSTART;TZID=Asia/Tokyo:…) with a
 * VTIMEZONE for each zone, built from Java's rules for the time the calendar spans, so any calendar program
 * shows the right instant; whole delegations are all-day events.
 */
final class IcsWriter {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String name;
    private final Instant stamp;
    private final List<String> events = new ArrayList<>();
    /** Each zone used, with the first and last instant it must describe. */
    private final Map<String, Instant[]> zones = new TreeMap<>();

    IcsWriter(String name, Instant stamp) {
        this.name = name;
        this.stamp = stamp;
    }

    IcsWriter delegation(Delegation delegation) {
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:delegation-" + delegation.getId() + "@kakehashi");
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("DTSTART;VALUE=DATE:" + DATE.format(delegation.getStartDate()));
        lines.add("DTEND;VALUE=DATE:" + DATE.format(delegation.getEndDate().plusDays(1)));
        lines.add("SUMMARY:" + text(delegation.getTitle()));
        if (delegation.getVisitedCities() != null) {
            lines.add("LOCATION:" + text(delegation.getVisitedCities()));
        }
        lines.add("STATUS:" + (delegation.getStatus() == DelegationStatus.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
        events.addAll(lines);
        return this;
    }

    IcsWriter item(ProgrammeItem item) {
        var zone = item.getZoneId();
        var span = zones.computeIfAbsent(zone, id -> new Instant[] {item.getStartInstant(), item.getEndInstant()});
        span[0] = min(span[0], item.getStartInstant());
        span[1] = max(span[1], item.getEndInstant());
        events.add("BEGIN:VEVENT");
        events.add("UID:programme-item-" + item.getId() + "@kakehashi");
        events.add("DTSTAMP:" + UTC.format(stamp));
        events.add("DTSTART;TZID=" + zone + ":" + LOCAL.format(item.getStart()));
        events.add("DTEND;TZID=" + zone + ":" + LOCAL.format(item.getEnd()));
        events.add("SUMMARY:" + text(item.getTitle()));
        var where = String.join(", ", Stream.of(item.getVenue(), item.getCity())
                .filter(part -> part != null && !part.isBlank()).toList());
        if (!where.isEmpty()) {
            events.add("LOCATION:" + text(where));
        }
        if (item.getNotes() != null && !item.getNotes().isBlank()) {
            events.add("DESCRIPTION:" + text(item.getNotes()));
        }
        events.add("CATEGORIES:" + item.getKind());
        events.add("END:VEVENT");
        return this;
    }

    String write() {
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Kakehashi//Delegation calendar//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(name));
        zones.forEach((zone, span) -> lines.addAll(timeZone(ZoneId.of(zone), span[0], span[1])));
        lines.addAll(events);
        lines.add("END:VCALENDAR");
        var out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    /**
     * A VTIMEZONE for the time from the first to the last instant. Where today's yearly rules of the zone govern
     * that whole time, they are written as yearly rules (the form calendar programs read best); a zone without
     * changes gets one observance; otherwise each change in that time is written out on its own.
     */
    static List<String> timeZone(ZoneId zone, Instant first, Instant last) {
        var rules = zone.getRules();
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        var history = rules.getTransitions();
        var yearBefore = first.minus(Duration.ofDays(366));
        if (!rules.getTransitionRules().isEmpty()
                && (history.isEmpty() || history.getLast().getInstant().isBefore(yearBefore))) {
            int year = yearBefore.atZone(ZoneOffset.UTC).getYear();
            for (var rule : rules.getTransitionRules()) {
                var onset = rule.createTransition(year);
                lines.addAll(observance(rules.isDaylightSavings(onset.getInstant()), onset.getDateTimeBefore(),
                        onset.getOffsetBefore(), onset.getOffsetAfter(), yearly(rule)));
            }
        } else if (rules.nextTransition(yearBefore) == null
                || rules.nextTransition(yearBefore).getInstant().isAfter(last)) {
            var offset = rules.getOffset(first);
            lines.addAll(observance(false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null));
        } else {
            var before = rules.previousTransition(first.plusSeconds(1));
            var offset = rules.getOffset(first);
            lines.addAll(observance(rules.isDaylightSavings(first),
                    before == null ? LocalDateTime.of(1970, 1, 1, 0, 0) : before.getDateTimeAfter(), offset, offset,
                    null));
            for (var next = rules.nextTransition(first); next != null && !next.getInstant().isAfter(last);
                    next = rules.nextTransition(next.getInstant())) {
                lines.addAll(observance(rules.isDaylightSavings(next.getInstant()), next.getDateTimeBefore(),
                        next.getOffsetBefore(), next.getOffsetAfter(), null));
            }
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    /** A yearly change such as "the Sunday on or after 25 March" as an RRULE. */
    private static String yearly(ZoneOffsetTransitionRule rule) {
        var recurrence = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return recurrence.append(";BYMONTHDAY=").append(indicator).toString();
        }
        // "on or after day d" is one of the seven days from d; "on or before the k-th last day" likewise
        var days = IntStream.range(0, 7).map(i -> indicator > 0 ? indicator + i : indicator - i)
                .mapToObj(String::valueOf).collect(Collectors.joining(","));
        return recurrence.append(";BYDAY=").append(rule.getDayOfWeek().name(), 0, 2)
                .append(";BYMONTHDAY=").append(days).toString();
    }

    private static List<String> observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to,
            String recurrence) {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        var lines = new ArrayList<>(List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(onset),
                "TZOFFSETFROM:" + offset(from), "TZOFFSETTO:" + offset(to)));
        if (recurrence != null) {
            lines.add("RRULE:" + recurrence);
        }
        lines.add("END:" + kind);
        return lines;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.abs(seconds);
        var text = String.format("%s%02d%02d", sign, seconds / 3600, seconds / 60 % 60);
        return seconds % 60 == 0 ? text : text + String.format("%02d", seconds % 60);
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
    static String fold(String line) {
        var out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            var character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
