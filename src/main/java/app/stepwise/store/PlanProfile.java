package app.stepwise.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile's planning half: where the user starts from, when and with how many hours a week, and whether
 * the first-start welcome has been answered or skipped. Stored in the profile row beside {@link Profile}.
 *
 * @param backgroundId a background's content id
 * @param hoursPerWeek 1 to 80 (the schema refuses anything else)
 */
public record PlanProfile(Optional<String> backgroundId, Optional<LocalDate> startDate, Optional<Integer> hoursPerWeek,
                          boolean welcomeDone) {

    public PlanProfile {
        Objects.requireNonNull(backgroundId);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(hoursPerWeek);
    }

    /** Nothing chosen yet and the welcome not yet seen: what a new or upgraded file holds. */
    public static PlanProfile empty() {
        return new PlanProfile(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
