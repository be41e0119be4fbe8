package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.planning.ICalendar.Event;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-03-05T14:07:09.987Z");

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void twoEventsMakeAFullCalendar() {
        List<Event> events = List.of(
                new Event("step-1@stepwise", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 16),
                        "Step 1: Foundations", "Learn the basics."),
                new Event("step-3.live-projects@stepwise", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1),
                        "Milestone: 3 live projects, deployed", "Deploy; then write it up\nwith a README\\link"));

        assertThat(ICalendar.render(events, STAMP)).isEqualTo(crlf(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Stepwise//Plan//EN",
                "CALSCALE:GREGORIAN",
                "BEGIN:VEVENT",
                "UID:step-1@stepwise",
                "DTSTAMP:20260305T140709Z",
                "DTSTART;VALUE=DATE:20260105",
                "DTEND;VALUE=DATE:20260216",
                "SUMMARY:Step 1: Foundations",
                "DESCRIPTION:Learn the basics.",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:step-3.live-projects@stepwise",
                "DTSTAMP:20260305T140709Z",
                "DTSTART;VALUE=DATE:20260630",
                "DTEND;VALUE=DATE:20260701",
                "SUMMARY:Milestone: 3 live projects\\, deployed",
                "DESCRIPTION:Deploy\\; then write it up\\nwith a README\\\\link",
                "END:VEVENT",
                "END:VCALENDAR"));
    }

    @Test
    void anEmptyListIsStillACalendar() {
        assertThat(ICalendar.render(List.of(), STAMP)).isEqualTo(crlf(
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stepwise//Plan//EN", "CALSCALE:GREGORIAN", "END:VCALENDAR"));
    }

    @Test
    void textIsEscaped() {
        // in Java source "\\" is one backslash
        assertThat(ICalendar.text("a\\b;c,d\r\ne\rf\ng\th\u0007i: \"j\""))
                .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\thi: \"j\"");
        assertThat(ICalendar.text("")).isEmpty();
    }

    @Test
    void theStampIsUtcWhateverTheInstant() {
        // 00:30 on 1 January in Berlin is still 31 December in UTC
        Instant newYearInBerlin = Instant.parse("2025-12-31T23:30:00Z");
        assertThat(ICalendar.render(List.of(new Event("u", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), "s", "")),
                newYearInBerlin)).contains("\r\nDTSTAMP:20251231T233000Z\r\n", "\r\nDESCRIPTION:\r\n");
    }

    @Test
    void anEventEndsAfterItStarts() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThatThrownBy(() -> new Event("u", day, day, "s", "d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Event("u", day, day.minusDays(1), "s", "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesFoldAtExactly75Octets() {
        // "SUMMARY:" is 8 octets: 67 more make 75, which fit; 70 more make 78, which fold after the 75th
        assertThat(ICalendar.fold("SUMMARY:" + "a".repeat(67))).isEqualTo("SUMMARY:" + "a".repeat(67));
        assertThat(ICalendar.fold("SUMMARY:" + "a".repeat(70)))
                .isEqualTo("SUMMARY:" + "a".repeat(67) + "\r\n aaa");
        // 74 octets then a 4-octet emoji: the emoji moves whole to the next line rather than being cut
        assertThat(ICalendar.fold("SUMMARY:" + "a".repeat(66) + "🚀b"))
                .isEqualTo("SUMMARY:" + "a".repeat(66) + "\r\n 🚀b");
        // continuation lines hold the space plus 74 octets: 150 octets of "a" after 8 → 67, 74, 9
        assertThat(ICalendar.fold("SUMMARY:" + "a".repeat(150)))
                .isEqualTo("SUMMARY:" + "a".repeat(67) + "\r\n " + "a".repeat(74) + "\r\n " + "a".repeat(9));
    }

    @Test
    void longLinesWithEmojiAndArabicFoldAndUnfoldBack() {
        String summary = "خطة الدراسة 🚀 👩🏽‍💻 — مرحبا, العالم; ".repeat(8);
        String description = "Deploy 🐘 with\nسلسلة ".repeat(12);
        String ics = ICalendar.render(List.of(new Event("u-1", LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 31),
                summary, description)), STAMP);

        assertThat(ics).endsWith("\r\n");
        String[] physical = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        assertThat(physical.length).isGreaterThan(21); // 13 content lines, the long two folded several times
        for (String line : physical) {
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
            assertThat(utf8.length).as(line).isLessThanOrEqualTo(75);
            // a character cut in half would not survive the trip through UTF-8
            assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(line).doesNotContain("\r", "\n");
        }

        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nSUMMARY:" + ICalendar.text(summary) + "\r\n",
                "\r\nDESCRIPTION:" + ICalendar.text(description) + "\r\n");
        assertThat(ICalendar.text(summary)).contains("مرحبا\\, العالم\\; ");
    }
}
