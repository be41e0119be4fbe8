package app.stepwise.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Study streaks: runs of consecutive calendar days with at least one session. Days are {@link LocalDate}s
 * and "the next day" is {@link LocalDate#plusDays(long)}, pure calendar arithmetic with no hours in it, so a
 * daylight-saving change (a 23- or 25-hour day) or a change of time zone never breaks or stretches a run.
 */
public final class Streaks {

    /** @param current the run ending today, or yesterday while today has nothing yet; 0 otherwise */
    public record Result(int current, int longest) {
    }

    private Streaks() {
    }

    /** Duplicate days count once; days after today are ignored. */
    public static Result of(Collection<LocalDate> studyDays, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>(studyDays).headSet(today, true);
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = day.minusDays(1).equals(previous) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        // today is not over: a streak that reached yesterday is still alive
        LocalDate end = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        for (LocalDate day = end; days.contains(day); day = day.minusDays(1)) {
            current++;
        }
        return new Result(current, longest);
    }
}
