package app.stepwise.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When the readiness score reaches the ready threshold at the pace of recent weeks: a straight line fitted
 * by least squares through the last {@value #WINDOW_DAYS} days of history. The rules are in
 * {@code docs/readiness.md}.
 */
public final class ReadinessProjection {

    /** Days of history the trend is fitted to, today included. */
    public static final int WINDOW_DAYS = 28;
    /** A date further ahead than this is no forecast; the pace counts as too slow to name one. */
    public static final int HORIZON_DAYS = 5 * 365;

    private ReadinessProjection() {
    }

    /** One day's score from the history. */
    public record Point(LocalDate day, int score) {
        public Point {
            Objects.requireNonNull(day, "day");
        }
    }

    /**
     * Today when the latest score is already at or above the threshold; otherwise the first day after today
     * on which the fitted line reaches it; empty when there are too few recent days to fit a line, when the
     * line is flat or falling ("not at this pace"), or when the day lies beyond the horizon. Points dated
     * after today (a clock set back) are ignored.
     */
    public static Optional<LocalDate> project(List<Point> history, int threshold, LocalDate today) {
        List<Point> known = history.stream().filter(p -> !p.day().isAfter(today)).toList();
        Optional<Point> latest = known.stream().max(Comparator.comparing(Point::day));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        if (latest.get().score() >= threshold) {
            return Optional.of(today);
        }
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        List<Point> recent = known.stream().filter(p -> !p.day().isBefore(windowStart)).toList();
        if (recent.stream().map(Point::day).distinct().count() < 2) {
            return Optional.empty();
        }
        return daysUntil(recent, threshold, today)
                .filter(days -> days <= HORIZON_DAYS)
                .map(today::plusDays);
    }

    /** Days from today to where the least-squares line meets the threshold; at least 1, empty unless rising. */
    private static Optional<Long> daysUntil(List<Point> points, int threshold, LocalDate today) {
        double meanX = points.stream().mapToLong(p -> x(p, today)).average().orElseThrow();
        double meanY = points.stream().mapToInt(Point::score).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = x(p, today) - meanX;
            sxx += dx * dx;
            sxy += dx * (p.score() - meanY);
        }
        double slope = sxy / sxx;
        if (slope <= 0) {
            return Optional.empty();
        }
        double scoreToday = meanY - slope * meanX;
        // the small allowance keeps a line that meets the threshold exactly on a day from rounding up a day
        double days = Math.ceil((threshold - scoreToday) / slope - 1e-9);
        return Optional.of(Math.max(1L, (long) Math.min(days, HORIZON_DAYS + 1.0)));
    }

    /** Days from today, zero or negative for the window. */
    private static long x(Point p, LocalDate today) {
        return ChronoUnit.DAYS.between(today, p.day());
    }
}
