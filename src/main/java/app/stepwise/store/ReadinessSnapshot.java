package app.stepwise.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The readiness score for one target level as it stood at the end of one day, with its four parts.
 *
 * @param day     the calendar day as the user saw it, stored as {@link LocalDate#toString()} text and never
 *                converted through a time zone, like {@link StudySession#day()}
 * @param levelId the target level the score is for (content id); histories of two levels never mix
 * @param overall 0 to 100 (the schema refuses anything else too)
 */
public record ReadinessSnapshot(LocalDate day, String levelId, int overall, double roadmap, double skills,
                                double portfolio, double practice) {

    public ReadinessSnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(levelId, "levelId");
        if (overall < 0 || overall > 100) {
            throw new IllegalArgumentException("overall is 0 to 100: " + overall);
        }
        // SQLite stores NaN as NULL, which the NOT NULL columns would refuse only at the save
        for (double part : new double[] {roadmap, skills, portfolio, practice}) {
            if (!Double.isFinite(part)) {
                throw new IllegalArgumentException("readiness parts must be finite numbers: " + part);
            }
        }
    }
}
