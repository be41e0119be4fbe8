package app.stepwise.planning;

import app.stepwise.store.StudySession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sums of logged minutes, by calendar day, by step and by ISO week. */
public final class StudyStats {

    private StudyStats() {
    }

    /** Minutes per day that has any, oldest day first. */
    public static Map<LocalDate, Integer> minutesByDay(Collection<StudySession> sessions) {
        SortedMap<LocalDate, Integer> byDay = new TreeMap<>();
        for (StudySession s : sessions) {
            byDay.merge(s.day(), s.minutes(), Integer::sum);
        }
        return Collections.unmodifiableSortedMap(byDay);
    }

    /** Minutes per step id that has any, in id order. */
    public static Map<String, Integer> minutesByStep(Collection<StudySession> sessions) {
        SortedMap<String, Integer> byStep = new TreeMap<>();
        for (StudySession s : sessions) {
            byStep.merge(s.stepId(), s.minutes(), Integer::sum);
        }
        return Collections.unmodifiableSortedMap(byStep);
    }

    /** Minutes in the ISO week (Monday to Sunday) that contains {@code day}. */
    public static int minutesInWeekOf(Collection<StudySession> sessions, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate nextMonday = monday.plusWeeks(1);
        return sessions.stream()
                .filter(s -> !s.day().isBefore(monday) && s.day().isBefore(nextMonday))
                .mapToInt(StudySession::minutes).sum();
    }

    public static int minutesOnStep(Collection<StudySession> sessions, String stepId) {
        return sessions.stream().filter(s -> s.stepId().equals(stepId)).mapToInt(StudySession::minutes).sum();
    }
}
