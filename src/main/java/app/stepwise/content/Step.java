package app.stepwise.content;

import java.util.List;

/**
 * One of the guide's seven steps.
 *
 * @param durationSharedWith ids of other steps whose time the {@code duration} also covers
 *                           (the guide gives some durations for two steps together)
 * @param durationBasis      in the project's words, where the duration comes from in the guide
 */
public record Step(
        String id,
        int number,
        String title,
        String summary,
        String whyItMatters,
        DurationRange duration,
        List<String> durationSharedWith,
        String durationBasis,
        List<Milestone> milestones) {

    public Step {
        durationSharedWith = durationSharedWith == null ? List.of() : List.copyOf(durationSharedWith);
        milestones = List.copyOf(milestones);
    }
}
