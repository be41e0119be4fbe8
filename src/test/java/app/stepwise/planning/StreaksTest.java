package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.Streaks.Result;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void noDaysNoStreak() {
        assertThat(Streaks.of(List.of(), d(2026, 3, 8))).isEqualTo(new Result(0, 0));
    }

    @Test
    void onlyTodayIsAStreakOfOne() {
        assertThat(Streaks.of(List.of(d(2026, 3, 8)), d(2026, 3, 8))).isEqualTo(new Result(1, 1));
    }

    @Test
    void gapsEndRuns() {
        // runs: 1–3 March (3), 5 March (1), 7–8 March (2)
        List<LocalDate> days = List.of(d(2026, 3, 1), d(2026, 3, 2), d(2026, 3, 3), d(2026, 3, 5), d(2026, 3, 7),
                d(2026, 3, 8));
        assertThat(Streaks.of(days, d(2026, 3, 8))).isEqualTo(new Result(2, 3));
    }

    @Test
    void theCurrentStreakMayEndYesterdayWhileTodayIsNotOver() {
        List<LocalDate> days = List.of(d(2026, 3, 5), d(2026, 3, 6), d(2026, 3, 7));
        assertThat(Streaks.of(days, d(2026, 3, 8))).isEqualTo(new Result(3, 3));
        // a day with nothing before yesterday has ended the run
        assertThat(Streaks.of(days, d(2026, 3, 9))).isEqualTo(new Result(0, 3));
    }

    @Test
    void anOlderRunCanBeTheLongest() {
        List<LocalDate> days = List.of(d(2026, 1, 1), d(2026, 1, 2), d(2026, 1, 3), d(2026, 1, 4), d(2026, 1, 5),
                d(2026, 3, 7), d(2026, 3, 8));
        assertThat(Streaks.of(days, d(2026, 3, 8))).isEqualTo(new Result(2, 5));
    }

    @Test
    void aRunCrossesTheEndOfAMonth() {
        List<LocalDate> days = List.of(d(2026, 1, 30), d(2026, 1, 31), d(2026, 2, 1), d(2026, 2, 2));
        assertThat(Streaks.of(days, d(2026, 2, 2))).isEqualTo(new Result(4, 4));
        // 30 April is followed by 1 May, not 31 April
        assertThat(Streaks.of(List.of(d(2026, 4, 30), d(2026, 5, 1)), d(2026, 5, 1))).isEqualTo(new Result(2, 2));
    }

    @Test
    void aRunCrossesTheEndOfAYear() {
        List<LocalDate> days = List.of(d(2025, 12, 30), d(2025, 12, 31), d(2026, 1, 1));
        assertThat(Streaks.of(days, d(2026, 1, 1))).isEqualTo(new Result(3, 3));
        assertThat(Streaks.of(days, d(2026, 1, 2))).isEqualTo(new Result(3, 3));
    }

    @Test
    void leapDaysCountAndMissingOnesBreakTheRun() {
        // 2024 is a leap year: 28 Feb, 29 Feb, 1 Mar are three days in a row
        assertThat(Streaks.of(List.of(d(2024, 2, 28), d(2024, 2, 29), d(2024, 3, 1)), d(2024, 3, 1)))
                .isEqualTo(new Result(3, 3));
        // without the 29th, 28 Feb and 1 Mar 2024 are two runs of one
        assertThat(Streaks.of(List.of(d(2024, 2, 28), d(2024, 3, 1)), d(2024, 3, 1))).isEqualTo(new Result(1, 1));
        // 2026 is not: 28 Feb and 1 Mar are neighbours
        assertThat(Streaks.of(List.of(d(2026, 2, 28), d(2026, 3, 1)), d(2026, 3, 1))).isEqualTo(new Result(2, 2));
        // 2100 is divisible by 100 but not by 400: no 29 February either
        assertThat(Streaks.of(List.of(d(2100, 2, 28), d(2100, 3, 1)), d(2100, 3, 1))).isEqualTo(new Result(2, 2));
    }

    @Test
    void aRunAcrossTheDaylightSavingChangeIsUnbroken() {
        // In Europe/Berlin clocks jump from 02:00 to 03:00 on Sunday 29 March 2026, so that day has 23 hours.
        // Had days been found from instants ("hours between midnights / 24" with ZonedDateTime), midnight of
        // the 29th to midnight of the 30th would be 23 h, i.e. 0 whole days: the 30th would count as the
        // same day as the 29th and the run would come out one short (or broken, depending on rounding).
        // Streaks only sees LocalDates, and LocalDate.plusDays(1) is calendar arithmetic with no hours in it.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Duration sunday = Duration.between(d(2026, 3, 29).atStartOfDay(berlin), d(2026, 3, 30).atStartOfDay(berlin));
        assertThat(sunday).isEqualTo(Duration.ofHours(23));
        assertThat(sunday.toDays()).isZero();

        List<LocalDate> days = List.of(d(2026, 3, 28), d(2026, 3, 29), d(2026, 3, 30));
        assertThat(Streaks.of(days, d(2026, 3, 30))).isEqualTo(new Result(3, 3));
        // and the autumn change (25 October 2026, a 25-hour day) neither
        assertThat(Streaks.of(List.of(d(2026, 10, 24), d(2026, 10, 25), d(2026, 10, 26)), d(2026, 10, 26)))
                .isEqualTo(new Result(3, 3));
    }

    @Test
    void severalSessionsOnADayCountOnce() {
        List<LocalDate> days = List.of(d(2026, 3, 1), d(2026, 3, 2), d(2026, 3, 1), d(2026, 3, 2), d(2026, 3, 2));
        assertThat(Streaks.of(days, d(2026, 3, 2))).isEqualTo(new Result(2, 2));
    }

    @Test
    void daysAfterTodayAreIgnored() {
        assertThat(Streaks.of(List.of(d(2026, 3, 9), d(2026, 3, 10), d(2026, 3, 11)), d(2026, 3, 8)))
                .isEqualTo(new Result(0, 0));
        assertThat(Streaks.of(List.of(d(2026, 3, 7), d(2026, 3, 8), d(2026, 3, 9), d(2026, 3, 10)), d(2026, 3, 8)))
                .isEqualTo(new Result(2, 2));
    }
}
