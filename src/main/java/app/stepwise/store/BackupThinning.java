package app.stepwise.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep (Anki's 12/10/9), as a pure function of the times they were taken. Days are
 * calendar days in {@code zone}; the windows are calendar spans that follow each other without overlap:
 * <ol>
 * <li>every backup from yesterday, today or later (a clock set back must not cost a backup);</li>
 * <li>the newest per day for the 12 days before yesterday ({@code today-13} … {@code today-2});</li>
 * <li>of older ones, the newest per ISO week (Monday to Sunday) for 10 weeks: the week holding
 *     {@code today-14} and the 9 before it;</li>
 * <li>of older ones still, the newest per month for 9 months: the month holding the day before the
 *     weekly window and the 8 before it;</li>
 * <li>nothing older.</li>
 * </ol>
 */
public final class BackupThinning {

    static final int DAILY = 12;
    static final int WEEKLY = 10;
    static final int MONTHLY = 9;

    private BackupThinning() {
    }

    /** The ones to keep, in the order given (duplicates of a kept time are all kept). */
    public static List<Instant> keep(List<Instant> taken, LocalDate today, ZoneId zone) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate dailyFirst = yesterday.minusDays(DAILY);
        LocalDate weeklyLast = dailyFirst.minusDays(1);
        LocalDate weeklyFirst = weeklyLast.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKLY - 1);
        YearMonth monthlyLast = YearMonth.from(weeklyFirst.minusDays(1));
        YearMonth monthlyFirst = monthlyLast.minusMonths(MONTHLY - 1);

        Map<Object, Instant> newestPerPeriod = new HashMap<>();
        List<Instant> always = new ArrayList<>();
        for (Instant t : taken) {
            LocalDate day = LocalDate.ofInstant(t, zone);
            Object period;
            if (!day.isBefore(yesterday)) {
                always.add(t);
                continue;
            } else if (!day.isBefore(dailyFirst)) {
                period = day;
            } else if (!day.isBefore(weeklyFirst)) {
                period = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(); // a week's key
            } else if (!YearMonth.from(day).isBefore(monthlyFirst)) {
                period = YearMonth.from(day);
            } else {
                continue;
            }
            newestPerPeriod.merge(period, t, (a, b) -> a.isAfter(b) ? a : b);
        }
        Set<Instant> keep = new HashSet<>(always);
        keep.addAll(newestPerPeriod.values());
        List<Instant> kept = new ArrayList<>();
        for (Instant t : taken) {
            if (keep.contains(t)) {
                kept.add(t);
            }
        }
        return kept;
    }
}
