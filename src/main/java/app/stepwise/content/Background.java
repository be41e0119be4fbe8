package app.stepwise.content;

import java.util.Map;
import java.util.Optional;

/**
 * Where a learner starts from, with the guide's time to job readiness when it gives one.
 *
 * @param hoursPerWeek the weekly study hours the guide's duration assumes for this route
 * @param stepWeeks    for every step id, the weeks that step takes on this route at {@code hoursPerWeek}
 */
public record Background(String id, String title, String description, Optional<DurationRange> timeToReady,
                         int hoursPerWeek, Map<String, StepWeeks> stepWeeks) {

    public Background {
        timeToReady = timeToReady == null ? Optional.empty() : timeToReady;
        stepWeeks = stepWeeks == null ? Map.of() : Map.copyOf(stepWeeks);
    }

    public Optional<StepWeeks> weeks(String stepId) {
        return Optional.ofNullable(stepWeeks.get(stepId));
    }
}
