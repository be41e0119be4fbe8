package app.stepwise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.planning.ReadinessProjection.Point;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lines fitted by hand: slope = Σ(dx·dy) / Σ(dx²), then the days from today's point of the line to 75. */
class ReadinessProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final int READY = 75;

    @Test
    void risingEvenlyReachesTheThresholdWhereTheLineDoes() {
        // one point a day gained: 60 today, 15 more days to 75
        List<Point> history = List.of(at(-20, 40), at(-10, 50), at(0, 60));
        assertThat(project(history)).contains(LocalDate.of(2026, 3, 16));
    }

    @Test
    void risingUnevenlyUsesTheLeastSquaresLine() {
        // x −6, −4, −2, 0 (mean −3); y 50, 52, 53, 57 (mean 53); Σdx·dy = 22, Σdx² = 20 → 1.1 a day;
        // the line stands at 53 + 3 × 1.1 = 56.3 today and meets 75 after 18.7 / 1.1 = 17 days exactly
        List<Point> history = List.of(at(-6, 50), at(-4, 52), at(-2, 53), at(0, 57));
        assertThat(project(history)).contains(LocalDate.of(2026, 3, 18));
    }

    @Test
    void flatIsNotAtThisPace() {
        assertThat(project(List.of(at(-14, 50), at(-7, 50), at(0, 50)))).isEmpty();
    }

    @Test
    void fallingIsNotAtThisPace() {
        assertThat(project(List.of(at(-10, 60), at(0, 50)))).isEmpty();
    }

    @Test
    void aSinglePointOrOneDayIsNoTrend() {
        assertThat(project(List.of(at(0, 50)))).isEmpty();
        assertThat(project(List.of(at(-3, 40), at(-3, 50)))).isEmpty();
        assertThat(project(List.of())).isEmpty();
    }

    @Test
    void alreadyReadyIsToday() {
        assertThat(project(List.of(at(-10, 90), at(0, 80)))).contains(TODAY); // even while falling
        assertThat(project(List.of(at(-40, 75)))).contains(TODAY); // the latest score stands until it changes
    }

    @Test
    void onlyTheLastTwentyEightDaysSetThePace() {
        // a steep climb 40 and 30 days ago, flat since
        assertThat(project(List.of(at(-40, 10), at(-30, 40), at(-10, 50), at(0, 50)))).isEmpty();
        // day −27 is inside the window, day −28 outside: with it the first line would rise, the second fall
        assertThat(project(List.of(at(-28, 10), at(-27, 48), at(0, 48)))).isEmpty();
        // 6 points in 27 days from 48 to 54: 21 to go at 6/27 a day is 94.5 days, so day 95
        assertThat(project(List.of(at(-28, 70), at(-27, 48), at(0, 54)))).contains(TODAY.plusDays(95));
    }

    @Test
    void aLineAboveTheThresholdWhileTheScoreIsBelowMeansTomorrow() {
        // x −2, −1, 0; y 60, 90, 74: slope 7, the line stands at 81.7 today, the score at 74
        assertThat(project(List.of(at(-2, 60), at(-1, 90), at(0, 74)))).contains(TODAY.plusDays(1));
    }

    @Test
    void pointsAfterTodayAreIgnored() {
        // a clock set back: yesterday's 90 lies in the future and is not the latest score
        assertThat(project(List.of(at(-10, 40), at(0, 50), at(1, 90)))).contains(TODAY.plusDays(25));
    }

    @Test
    void aDateBeyondTheHorizonIsNotAtThisPace() {
        // one point in 27 days: 64 to go takes 1728 days, within five years; 89 to go (2403 days) is not
        assertThat(ReadinessProjection.project(List.of(at(-27, 10), at(0, 11)), 75, TODAY))
                .contains(TODAY.plusDays(1728));
        assertThat(ReadinessProjection.project(List.of(at(-27, 10), at(0, 11)), 100, TODAY)).isEmpty();
    }

    private static Optional<LocalDate> project(List<Point> history) {
        return ReadinessProjection.project(history, READY, TODAY);
    }

    private static Point at(int daysFromToday, int score) {
        return new Point(TODAY.plusDays(daysFromToday), score);
    }
}
