package app.stepwise.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An iCalendar file (RFC 5545) of all-day events, for the plan's steps and milestone dates. Dates are
 * {@code VALUE=DATE}, floating: a step starts on its calendar day in whatever zone the calendar app is in.
 * Lines end in CRLF and are folded at 75 octets of UTF-8, never inside a character.
 *
 * <p>An empty list gives a calendar with no events. RFC 5545's grammar asks for at least one component;
 * calendar apps accept an empty one, but the UI had better not offer an export of nothing.
 */
public final class ICalendar {

    /** One all-day event; {@code endExclusive} is the day after the last day, as DTEND requires. */
    public record Event(String uid, LocalDate start, LocalDate endExclusive, String summary, String description) {

        public Event {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(summary);
            Objects.requireNonNull(description);
            if (!endExclusive.isAfter(start)) {
                throw new IllegalArgumentException("an event ends after it starts: " + start + " to " + endExclusive);
            }
        }
    }

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    private ICalendar() {
    }

    /** @param stamp when the file is made (DTSTAMP), written in UTC to the second */
    public static String render(List<Event> events, Instant stamp) {
        List<String> lines = new ArrayList<>(List.of(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stepwise//Plan//EN", "CALSCALE:GREGORIAN"));
        for (Event e : events) {
            lines.addAll(List.of(
                    "BEGIN:VEVENT",
                    "UID:" + text(e.uid()),
                    "DTSTAMP:" + STAMP.format(stamp),
                    "DTSTART;VALUE=DATE:" + DATE.format(e.start()),
                    "DTEND;VALUE=DATE:" + DATE.format(e.endExclusive()),
                    "SUMMARY:" + text(e.summary()),
                    "DESCRIPTION:" + text(e.description()),
                    "END:VEVENT"));
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(fold(line)).append(CRLF);
        }
        return out.toString();
    }

    /**
     * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, any line break becomes
     * {@code \n}; other control characters, which TEXT may not hold, are dropped (a tab is kept).
     */
    static String text(String value) {
        String escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
        return escaped.replaceAll("[\\p{Cntrl}&&[^\t]]", "");
    }

    /** Splits a content line so each physical line has at most 75 octets, the leading space included. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4; // UTF-8 length
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
