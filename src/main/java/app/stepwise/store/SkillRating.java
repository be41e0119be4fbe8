package app.stepwise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rating the user gave themselves on a skill. Ratings are never changed: each change is a new one, so
 * together they are the skill's history.
 *
 * @param skillId the skill (content id)
 * @param rating  0 to 5 (the schema refuses anything else too)
 * @param ratedOn the calendar day as the user saw it, stored as {@link LocalDate#toString()} text and never
 *                converted through a time zone, like {@link StudySession#day()}
 * @param ratedAt when it was given; orders ratings, the latest is the current one
 */
public record SkillRating(String skillId, int rating, LocalDate ratedOn, Instant ratedAt) {

    public static final int MIN = 0;
    public static final int MAX = 5;

    public SkillRating {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(ratedOn, "ratedOn");
        Objects.requireNonNull(ratedAt, "ratedAt");
        if (rating < MIN || rating > MAX) {
            throw new IllegalArgumentException("a rating is " + MIN + " to " + MAX + ": " + rating);
        }
    }
}
