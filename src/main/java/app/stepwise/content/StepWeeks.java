package app.stepwise.content;

import java.util.Optional;

/**
 * How many whole weeks one step takes for one background, at that background's weekly hours
 * ({@link Background#hoursPerWeek()}); see {@code docs/timeline.md} for how the figures were derived.
 *
 * @param min           the weeks if the step goes as quickly as the guide's low figures
 * @param max           the weeks if it goes as slowly as the guide's high figures
 * @param alongsideFrom empty for a step that follows the one before it; otherwise the id of the step it
 *                      starts together with and runs beside (community work starts with step 3)
 */
public record StepWeeks(int min, int max, Optional<String> alongsideFrom) {

    /** The longest a single step may take: two years. */
    public static final int MAX_WEEKS = 104;

    public StepWeeks {
        alongsideFrom = alongsideFrom == null ? Optional.empty() : alongsideFrom;
    }

    /** A step that follows the one before it. */
    public StepWeeks(int min, int max) {
        this(min, max, Optional.empty());
    }

    public boolean isAlongside() {
        return alongsideFrom.isPresent();
    }
}
