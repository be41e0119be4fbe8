package app.stepwise.content;

import java.util.Optional;

/**
 * Where a learner starts from, with the guide's time to job readiness when it gives one.
 *
 * @param hoursPerWeek the weekly study hours the guide's duration assumes for this route
 */
public record Background(String id, String title, String description, Optional<DurationRange> timeToReady,
                         int hoursPerWeek) {

    public Background {
        timeToReady = timeToReady == null ? Optional.empty() : timeToReady;
    }
}
