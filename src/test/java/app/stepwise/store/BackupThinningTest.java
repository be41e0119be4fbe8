package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Windows for today = Saturday 2024-06-15, worked out by hand: always 06-14 and later; daily 06-02 … 06-13;
 * weekly the ISO weeks from Monday 03-25 to the week of Monday 05-27 (which ends 06-02, but 06-02 is daily);
 * monthly 2023-07 … 2024-03 (03-25 on is weekly); older ones go.
 */
class BackupThinningTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static List<Instant> keep(ZoneId zone, String... times) {
        return BackupThinning.keep(Stream.of(times).map(Instant::parse).toList(), TODAY, zone);
    }

    @Test
    void keepsEverythingFromTodayYesterdayAndLater() {
        assertThat(keep(ZoneOffset.UTC, "2024-06-15T03:00:00Z", "2024-06-15T02:00:00Z", "2024-06-15T01:00:00Z",
                "2024-06-14T23:00:00Z", "2024-06-14T00:00:00Z", "2024-06-20T10:00:00Z"))
                .hasSize(6);
    }

    @Test
    void newestPerDayForTheTwelveDaysBeforeYesterday() {
        assertThat(keep(ZoneOffset.UTC,
                "2024-06-13T08:00:00Z", "2024-06-13T20:00:00Z", // day before yesterday: newest only
                "2024-06-02T10:00:00Z", "2024-06-02T11:00:00Z", // the twelfth day
                "2024-06-07T00:00:00Z"))
                .containsExactly(t("2024-06-13T20:00:00Z"), t("2024-06-02T11:00:00Z"), t("2024-06-07T00:00:00Z"));
    }

    @Test
    void newestPerIsoWeekForTenWeeks() {
        assertThat(keep(ZoneOffset.UTC,
                "2024-05-28T09:00:00Z", "2024-06-01T09:00:00Z", // Tue and Sat of the week of 05-27
                "2024-05-26T12:00:00Z", // Sunday: the week of 05-20
                "2024-05-20T12:00:00Z", // Monday of that week, older
                "2024-03-25T10:00:00Z")) // Monday of the tenth week
                .containsExactly(t("2024-06-01T09:00:00Z"), t("2024-05-26T12:00:00Z"), t("2024-03-25T10:00:00Z"));
    }

    @Test
    void newestPerMonthForNineMonthsThenNothing() {
        assertThat(keep(ZoneOffset.UTC,
                "2024-03-24T10:00:00Z", "2024-03-01T10:00:00Z", // March before the weekly window
                "2024-02-10T10:00:00Z",
                "2023-07-01T10:00:00Z", "2023-07-31T10:00:00Z", // the ninth month
                "2023-06-30T23:59:59Z", "2020-01-01T00:00:00Z")) // too old
                .containsExactly(t("2024-03-24T10:00:00Z"), t("2024-02-10T10:00:00Z"), t("2023-07-31T10:00:00Z"));
    }

    @Test
    void daysAreTheUsersDaysInTheirZone() {
        String lateUtc = "2024-06-12T22:30:00Z"; // 00:30 on 06-13 in Berlin (UTC+2 in summer)
        String noon = "2024-06-13T10:00:00Z";
        assertThat(keep(ZoneOffset.UTC, lateUtc, noon)).containsExactly(t(lateUtc), t(noon));
        assertThat(keep(ZoneId.of("Europe/Berlin"), lateUtc, noon)).containsExactly(t(noon));
    }

    @Test
    void nothingGivenNothingKept() {
        assertThat(keep(ZoneOffset.UTC)).isEmpty();
    }
}
