package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.StudySession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyStatsTest {

    // 29 March 2026 is a Sunday; the ISO week of Wednesday 1 April runs Monday 30 March to Sunday 5 April
    private static final List<StudySession> SESSIONS = List.of(
            session("a", LocalDate.of(2026, 3, 29), 30, "step-6"),
            session("b", LocalDate.of(2026, 3, 30), 45, "step-6"),
            session("c", LocalDate.of(2026, 3, 30), 20, "step-2"),
            session("d", LocalDate.of(2026, 4, 5), 60, "step-3"),
            session("e", LocalDate.of(2026, 4, 6), 15, "step-6"));

    private static StudySession session(String id, LocalDate day, int minutes, String step) {
        return new StudySession(id, day, minutes, step, Optional.empty(), "", Instant.parse("2026-04-06T20:00:00Z"));
    }

    @Test
    void minutesAddUpPerDayOldestFirst() {
        assertThat(StudyStats.minutesByDay(SESSIONS)).containsExactly(
                Map.entry(LocalDate.of(2026, 3, 29), 30),
                Map.entry(LocalDate.of(2026, 3, 30), 65),
                Map.entry(LocalDate.of(2026, 4, 5), 60),
                Map.entry(LocalDate.of(2026, 4, 6), 15));
        assertThat(StudyStats.minutesByDay(List.of())).isEmpty();
    }

    @Test
    void minutesAddUpPerStep() {
        assertThat(StudyStats.minutesByStep(SESSIONS)).containsExactly(
                Map.entry("step-2", 20), Map.entry("step-3", 60), Map.entry("step-6", 90));
        assertThat(StudyStats.minutesOnStep(SESSIONS, "step-6")).isEqualTo(90);
        assertThat(StudyStats.minutesOnStep(SESSIONS, "step-7")).isZero();
        assertThat(StudyStats.minutesOnStep(List.of(), "step-6")).isZero();
    }

    @Test
    void aWeekRunsFromMondayToSunday() {
        // 45 + 20 on Monday 30 March, 60 on Sunday 5 April
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 4, 1))).isEqualTo(125);
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 3, 30))).isEqualTo(125);
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 4, 5))).isEqualTo(125);
        // Sunday 29 March closes the week before; Monday 6 April opens the next
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 3, 29))).isEqualTo(30);
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 4, 6))).isEqualTo(15);
        assertThat(StudyStats.minutesInWeekOf(SESSIONS, LocalDate.of(2026, 4, 13))).isZero();
    }

    @Test
    void aWeekCanSpanTheNewYear() {
        // Thursday 1 January 2026 is in the week Monday 29 December 2025 to Sunday 4 January 2026
        List<StudySession> sessions = List.of(
                session("a", LocalDate.of(2025, 12, 28), 10, "step-1"),
                session("b", LocalDate.of(2025, 12, 29), 20, "step-1"),
                session("c", LocalDate.of(2026, 1, 1), 40, "step-1"),
                session("d", LocalDate.of(2026, 1, 4), 50, "step-1"),
                session("e", LocalDate.of(2026, 1, 5), 70, "step-1"));
        assertThat(StudyStats.minutesInWeekOf(sessions, LocalDate.of(2026, 1, 1))).isEqualTo(110);
        assertThat(StudyStats.minutesInWeekOf(sessions, LocalDate.of(2025, 12, 31))).isEqualTo(110);
    }
}
